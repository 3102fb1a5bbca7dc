using CoopAlliance.Application.Common.Exceptions;

namespace CoopAlliance.Web.Endpoints;

public static class Api
{
    /// <summary>Every API group, under /api/v1. Sign-in is required unless an endpoint allows anonymous callers.</summary>
    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.MapAuth();
        v1.MapCoops();
        v1.MapMembership();
        v1.MapContacts();
        v1.MapUsers();
        v1.MapOperations();
        v1.MapAssistance();
        v1.MapMentoring();
        v1.MapConversions();
        v1.MapDues();
        v1.MapDuesDocuments();
        v1.MapBenefits();
        v1.MapBenefitsPremiums();
        v1.MapBenefitsElections();
        v1.MapBenefitsDocuments();
        v1.MapListings();
        v1.MapCampaigns();
        v1.MapStories();
        v1.MapEvents();
        v1.MapDeliberation();
        v1.MapEventPartners();
        v1.MapGovernance();
        v1.MapRegistrations();
        v1.MapEventDay();
        v1.MapImports();
        v1.MapFinancing();
        v1.MapNetwork();
        v1.MapReports();
    }

    /// <summary>Parses a month ("2026-10") into its first day, or reports it as a field error (400).</summary>
    public static DateOnly ParseMonth(string field, string value) =>
        DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var first)
            ? first
            : throw new ValidationException(field, "Give the month as yyyy-MM, e.g. 2026-10.");

    /// <summary>Parses an enum query value, or reports it as a field error (400) naming the allowed values.</summary>
    public static T? ParseEnum<T>(string field, string? value) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new ValidationException(field, $"Use one of: {string.Join(", ", Enum.GetNames<T>())}.");
    }
}
