using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Assistance;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Application.Tests.Assistance;

/// <summary>Helpers for the technical-assistance tests: logins that receive email, providers, and requests in a given state.</summary>
public abstract class AssistanceTestBase : TestBase
{
    public const string CoordinatorEmail = "coordinator@alliance.coop";
    public const string RepEmail = "maria@bread.coop";
    public const string ProviderEmail = "dana@law.coop";

    /// <summary>A login as staff invite one (so notifications find its address); returns its user id.</summary>
    protected static async Task<int> AddLoginAsync(string email, string role, int? coopId = null)
    {
        using var scope = Testing.Services.CreateScope();
        var (id, _) = await scope.ServiceProvider.GetRequiredService<IIdentityService>().InviteAsync(email, email.Split('@')[0], role, coopId, default);
        return id;
    }

    protected static Task<ProviderDto> AddProviderAsync(string name = "Dana Lawyer", Billing billing = Billing.Subsidized, decimal rate = 120m,
        string email = ProviderEmail) =>
        SendAsync(new SaveProvider
        {
            Kind = ProviderKind.External,
            Name = name,
            Organization = "Co-op Law Collective",
            Email = email,
            Specialties = "bylaws, conversions",
            HourlyRate = rate,
            Billing = billing,
        });

    /// <summary>Submits a request as a rep of the co-op, then returns to the staff caller.</summary>
    protected static async Task<int> SubmitAsRepAsync(int coopId, string title = "Update our bylaws", Priority urgency = Priority.Normal)
    {
        RunAsRep(coopId);
        var id = await SendAsync(new SubmitAssistanceRequest
        {
            Category = AssistanceCategory.LegalAndBylaws,
            Title = title,
            Description = "We are adding a second class of members and need new bylaws.",
            Urgency = urgency,
            PreferredContact = ContactMethod.Phone,
            ContactDetail = "413-555-0101",
        });
        RunAsStaff();
        return id;
    }

    /// <summary>A request taken by staff to "in progress" with the given provider.</summary>
    protected static async Task<int> InProgressAsync(int coopId, int providerId, decimal? estimate = null)
    {
        var id = await SubmitAsRepAsync(coopId);
        await SendAsync(new TriageAssistance { Id = id, Priority = Priority.High, Category = AssistanceCategory.LegalAndBylaws, EstimatedHours = estimate });
        await SendAsync(new AssignAssistance(id, providerId, null));
        await SendAsync(new StartAssistance(id, null));
        return id;
    }
}
