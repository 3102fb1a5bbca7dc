using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Operations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Events.Deliberation;

public sealed record FollowUpsResult(int Asked);

/// <summary>
/// Daily: for every commitment follow-up whose date has come and whose owner has not been asked, queue ONE email to the
/// owner with the follow-up link, and mark it asked — in the same transaction. The day's run is claimed in the run log
/// and each commitment touched has its version checked, so a second run finds nothing left to ask, a second node at the
/// same moment fails to commit (and sends nothing), and a crash before the commit leaves everything to ask next time.
/// When several dates are due at once (a missed run), the owner gets one email, for the latest one; the older ones are
/// marked asked with it.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record SendCommitmentFollowUps(DateOnly On) : ICommand<FollowUpsResult>
{
    public const string JobName = "commitment-follow-ups";
}

public sealed class SendCommitmentFollowUpsHandler(IAppDbContext db, TimeProvider clock, IOptions<AppOptions> app)
    : IRequestHandler<SendCommitmentFollowUps, FollowUpsResult>
{
    public async Task<FollowUpsResult> Handle(SendCommitmentFollowUps request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = request.On;
        var run = await JobRuns.ClaimAsync(db, SendCommitmentFollowUps.JobName, today.ToString("yyyy-MM-dd"), now, cancellationToken);

        var dueIds = await db.CommitmentFollowUps.Where(f => f.AskedAt == null && f.AnsweredAt == null && f.DueOn <= today)
            .Select(f => f.CommitmentId).Distinct().ToListAsync(cancellationToken);
        var commitments = await db.Commitments.Include(c => c.FollowUps).Where(c => dueIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var eventIds = commitments.Select(c => c.EventId).Distinct().ToList();
        var titles = await db.Events.Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Title, cancellationToken);
        var baseUrl = app.Value.PublicBaseUrl.TrimEnd('/');
        var asked = 0;
        foreach (var commitment in commitments)
        {
            var due = commitment.FollowUpsToAsk(today).ToList();
            if (due.Count == 0)
            {
                continue;
            }

            var ask = due[^1];
            foreach (var f in due)
            {
                f.MarkAsked(now);
            }

            commitment.Version++; // a second node asking the same commitment now fails on the version: one email only
            using (AppCulture.Use(commitment.Language))
            {
                db.OutboxMessages.Add(new OutboxMessage(commitment.OwnerEmail, EventTexts.T("How is it going: {0}", Shorten(commitment.Action)),
                    $"{EventTexts.T("Dear {0},", commitment.OwnerName)}\n\n{EventTexts.T("At {0}, {1} committed to:", titles[commitment.EventId], commitment.OrganisationName)}\n\n" +
                    $"  {commitment.Action}\n\n{EventTexts.T("with you as its owner. How is it going? Tell us in a minute, no login needed:")}\n\n" +
                    $"{baseUrl}/events/follow-up/{ask.Token}\n\n{EventTexts.T("Your answer appears on the event's actions tracker (your first name and your organisation only, never your email), so the network knows where things stand.")}" +
                    $"\n\n{EventTexts.T("In solidarity,")}\n{EventTexts.T("The alliance staff")}", now));
            }

            asked++;
        }

        run.Succeed(clock.GetUtcNow(), commitments.Count, asked, $"{asked} commitment owners asked for a status update.");
        return new FollowUpsResult(asked);
    }

    private static string Shorten(string action) => action.Length <= 60 ? action : action[..57] + "...";
}
