using System.Globalization;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Assistance;

public enum TimeEntryGrouping
{
    /// <summary>One row per time entry.</summary>
    None = 0,
    Day = 1,
    Provider = 2,
    Coop = 3,
    Category = 4,
}

/// <summary>
/// Time entries as CSV for a period, one row per entry or totalled by day, provider, co-op or category
/// (subsidized and billed hours apart, with the billed amount at the rate logged).
/// </summary>
[Authorize(Roles.Staff)]
public sealed record ExportTimeEntries : IRequest<string>
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public TimeEntryGrouping GroupBy { get; init; }
    public int? CoopId { get; init; }
    public int? ProviderId { get; init; }
    public AssistanceCategory? Category { get; init; }
}

public sealed class ExportTimeEntriesValidator : AbstractValidator<ExportTimeEntries>
{
    public ExportTimeEntriesValidator()
    {
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessage("The end of the period cannot be before its start.");
        RuleFor(x => x.GroupBy).IsInEnum();
    }
}

public sealed class ExportTimeEntriesHandler(IAppDbContext db) : IRequestHandler<ExportTimeEntries, string>
{
    public async Task<string> Handle(ExportTimeEntries r, CancellationToken cancellationToken)
    {
        var query = from t in db.TimeEntries.AsNoTracking()
                    join q in db.AssistanceRequests on t.AssistanceRequestId equals q.Id
                    join c in db.Cooperatives on t.CooperativeId equals c.Id
                    join p in db.Providers on t.ProviderId equals p.Id
                    select new { t, q.Title, q.Category, Coop = c.TradeName ?? c.LegalName, Provider = p.Name };
        if (r.From is { } from) query = query.Where(x => x.t.WorkedOn >= from);
        if (r.To is { } to) query = query.Where(x => x.t.WorkedOn <= to);
        if (r.CoopId is { } coopId) query = query.Where(x => x.t.CooperativeId == coopId);
        if (r.ProviderId is { } providerId) query = query.Where(x => x.t.ProviderId == providerId);
        if (r.Category is { } category) query = query.Where(x => x.Category == category);
        var rows = await query.OrderBy(x => x.t.WorkedOn).ThenBy(x => x.t.Id).ToListAsync(cancellationToken);

        var csv = new CsvBuilder();
        if (r.GroupBy == TimeEntryGrouping.None)
        {
            csv.Row("Date", "Provider", "Co-op", "Category", "Request", "Request title", "Hours", "Billing", "Hourly rate", "Billed amount", "Note");
            foreach (var x in rows)
            {
                csv.Row(x.t.WorkedOn, x.Provider, x.Coop, x.Category.Describe(), x.t.AssistanceRequestId, x.Title, Hours(x.t.Hours),
                    x.t.Billing.Describe(), Money(x.t.HourlyRate), Money(x.t.IsSubsidized ? 0m : x.t.Amount), x.t.Note);
            }

            return csv.ToString();
        }

        var heading = r.GroupBy switch
        {
            TimeEntryGrouping.Day => "Date",
            TimeEntryGrouping.Provider => "Provider",
            TimeEntryGrouping.Coop => "Co-op",
            _ => "Category",
        };
        csv.Row(heading, "Entries", "Subsidized hours", "Billed hours", "Total hours", "Billed amount");
        var groups = rows.GroupBy(x => r.GroupBy switch
        {
            TimeEntryGrouping.Day => x.t.WorkedOn.ToString("yyyy-MM-dd"),
            TimeEntryGrouping.Provider => x.Provider,
            TimeEntryGrouping.Coop => x.Coop,
            _ => x.Category.Describe(),
        });
        foreach (var g in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var subsidized = g.Where(x => x.t.IsSubsidized).Sum(x => x.t.Hours);
            var billed = g.Where(x => !x.t.IsSubsidized).Sum(x => x.t.Hours);
            csv.Row(g.Key, g.Count(), Hours(subsidized), Hours(billed), Hours(subsidized + billed), Money(g.Where(x => !x.t.IsSubsidized).Sum(x => x.t.Amount)));
        }

        return csv.ToString();
    }

    // Fixed formats: the database may hand back 2.0 for 2, and a spreadsheet should see the same text either way.
    private static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
