using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Domain.Operations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Mentoring;

public sealed record SessionRemindersResult(int ActiveMatches, int Reminded);

/// <summary>
/// Weekly: remind mentors of active matches with no session in N days (Mentoring:ReminderAfterDays, default 21),
/// once per gap. A gap is named by the day it began — the last session, or the match's start — and each
/// reminder is stored under (match, gap start), a unique key: running again, or on two nodes at once, never
/// sends a reminder twice, and a new session starts a new gap that may be reminded again.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record SendSessionReminders(DateOnly On) : ICommand<SessionRemindersResult>
{
    public const string JobName = "mentoring-session-reminders";
}

public sealed class SendSessionRemindersHandler(IAppDbContext db, TimeProvider clock, IOptions<MentoringOptions> options, IOptions<AppOptions> app,
    IIdentityService identity, IStringLocalizer<MentoringTexts> texts)
    : IRequestHandler<SendSessionReminders, SessionRemindersResult>
{
    public async Task<SessionRemindersResult> Handle(SendSessionReminders request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var run = await JobRuns.ClaimAsync(db, SendSessionReminders.JobName, request.On.ToString("yyyy-MM-dd"), now, cancellationToken);
        var after = options.Value.ReminderAfterDays;
        var active = await (
            from m in db.MentorMatches
            where m.Status == MatchStatus.Active
            join mentor in db.Mentors on m.MentorId equals mentor.Id
            join coop in db.DevelopingCoops on m.DevelopingCoopId equals coop.Id
            select new
            {
                Match = m,
                mentor.FullName,
                mentor.Email,
                CoopName = coop.Name,
                LastSession = db.MentoringSessions.Where(s => s.MatchId == m.Id).Max(s => (DateOnly?)s.HeldOn),
            }).ToListAsync(cancellationToken);

        var reminded = 0;
        foreach (var a in active)
        {
            var gapStartedOn = a.LastSession ?? a.Match.StartedOn!.Value;
            var days = request.On.DayNumber - gapStartedOn.DayNumber;
            if (days < after || await db.MentoringReminders.AnyAsync(r => r.MatchId == a.Match.Id && r.GapStartedOn == gapStartedOn, cancellationToken))
            {
                continue;
            }

            db.MentoringReminders.Add(new MentoringReminder(a.Match.Id, gapStartedOn, now));
            // In the language the mentor chose for their login (English if they never chose).
            using (AppCulture.Use(await identity.PreferredLanguageAsync(a.Email, cancellationToken)))
            {
                var day = MentoringTexts.MonthDay(gapStartedOn);
                var body = a.LastSession is null
                    ? texts["It has been {0} days since you started on {1} with {2}, and no session has been logged since.", days, day, a.CoopName]
                    : texts["It has been {0} days since your last session on {1} with {2}, and no session has been logged since.", days, day, a.CoopName];
                db.OutboxMessages.Add(new OutboxMessage(a.Email, texts["How is {0} doing?", a.CoopName],
                    $"{texts["Dear {0},", a.FullName]}\n\n{body} " +
                    $"{texts["If you have met, please log the session; if the group needs a nudge, this is a good moment to get in touch."]}\n\n" +
                    $"{app.Value.PublicBaseUrl.TrimEnd('/')}/Mentor\n\n{texts["Thank you,"]}\n{texts["The alliance staff"]}", now));
            }
            reminded++;
        }

        run.Succeed(clock.GetUtcNow(), active.Count, reminded, $"{active.Count} active matches, {reminded} mentors reminded.");
        return new SessionRemindersResult(active.Count, reminded);
    }
}
