using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Domain.Operations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Marketing.Listings;

public sealed record ListingsDayResult(int Expired, int Reminded);

/// <summary>
/// Daily: listings past their last day become expired (and leave every public surface), and the co-op's primary
/// contact is reminded once, <see cref="MarketingOptions.ReminderDaysBefore"/> days ahead, that a listing is about to
/// expire. The day's run is claimed in the run log and each reminder is recorded on its listing (with its version
/// checked) in the same transaction as the email queued to the outbox: a second run, a second node or a retry after
/// a crash neither expires twice nor sends twice.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record RunListingsDay(DateOnly On) : ICommand<ListingsDayResult>
{
    public const string JobName = "listings-daily";
}

public sealed class RunListingsDayHandler(IAppDbContext db, TimeProvider clock, IOptions<MarketingOptions> options, IOptions<AppOptions> app,
    IStringLocalizer<ListingTexts> text) : IRequestHandler<RunListingsDay, ListingsDayResult>
{
    public async Task<ListingsDayResult> Handle(RunListingsDay request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = request.On;
        var run = await JobRuns.ClaimAsync(db, RunListingsDay.JobName, today.ToString("yyyy-MM-dd"), now, cancellationToken);

        var expired = 0;
        foreach (var listing in await db.Listings.Where(l => l.Status == ListingStatus.Published && l.ExpiresOn < today).ToListAsync(cancellationToken))
        {
            expired += listing.ExpireIfDue(today, now) ? 1 : 0;
        }

        var daysBefore = options.Value.ReminderDaysBefore;
        var horizon = today.AddDays(daysBefore);
        var due = await db.Listings
            .Where(l => l.Status == ListingStatus.Published && l.ExpiresOn >= today && l.ExpiresOn <= horizon
                        && (l.ReminderSentFor == null || l.ReminderSentFor != l.ExpiresOn))
            .ToListAsync(cancellationToken);
        var coopIds = due.Select(l => l.CooperativeId).Distinct().ToList();
        var contacts = await db.People.Where(p => coopIds.Contains(p.CooperativeId) && p.IsPrimaryContact && p.Email != null)
            .Select(p => new { p.CooperativeId, p.FullName, p.Email }).ToListAsync(cancellationToken);
        var languages = await db.Cooperatives.Where(c => coopIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.PreferredLanguage, cancellationToken);
        var reminded = 0;
        foreach (var listing in due.Where(l => l.NeedsReminder(today, daysBefore)))
        {
            listing.MarkReminded();
            var contact = contacts.FirstOrDefault(c => c.CooperativeId == listing.CooperativeId);
            if (contact is null)
            {
                continue;
            }

            // Written in the co-op's language, whatever the language of the job that runs it.
            using (AppCulture.Use(languages.GetValueOrDefault(listing.CooperativeId)))
            {
                var expiresOn = listing.ExpiresOn!.Value;
                db.OutboxMessages.Add(new OutboxMessage(contact.Email!,
                    text["Your listing \"{0}\" expires on {1}", listing.Title, Formats.MonthDay(expiresOn)],
                    string.Join("\n\n",
                        text["Dear {0},", contact.FullName],
                        text["Your co-op's listing \"{0}\" in the alliance's directory is shown until {1}. To keep it up for another year, renew it from your co-op's listings page (nothing else changes):", listing.Title, Formats.LongDay(expiresOn)],
                        $"{app.Value.PublicBaseUrl.TrimEnd('/')}/MyCoop/Listings/{listing.Id}",
                        text["If it is no longer on offer, you can withdraw it there, or simply let it expire."],
                        text["The alliance staff"]),
                    now));
            }
            reminded++;
        }

        run.Succeed(clock.GetUtcNow(), expired, reminded, $"{expired} listings expired, {reminded} reps reminded.");
        return new ListingsDayResult(expired, reminded);
    }
}
