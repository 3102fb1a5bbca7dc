using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Governance;
using CoopAlliance.Domain.Operations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static CoopAlliance.Application.Texts.GovernanceTexts;

namespace CoopAlliance.Application.Governance;

public sealed record GovernanceJobsResult(int EligibilitySettled, int Opened, int Closed, int NoticesSent, int RemindersSent);

/// <summary>
/// Every few minutes: settles who may vote at meetings whose record date has passed, opens motions whose opening time
/// has come, closes (and counts) those whose closing time has passed, sends each meeting's notice to every delegate and
/// alternate once its notice day comes, and reminds board members whose term ends soon. Idempotent: states move only
/// forward, and each notice or reminder is a row with a unique key (<see cref="GovernanceNotice"/>) written in the
/// transaction that queues its email, so a rerun or a second node sends nothing twice.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record RunGovernanceJobs : ICommand<GovernanceJobsResult>
{
    public const string JobName = "governance";
}

public sealed class RunGovernanceJobsHandler(IAppDbContext db, AllianceClock clock, IOptions<DuesOptions> dues, IOptions<GovernanceOptions> options,
    IOptions<AppOptions> app) : IRequestHandler<RunGovernanceJobs, GovernanceJobsResult>
{
    public async Task<GovernanceJobsResult> Handle(RunGovernanceJobs request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var today = clock.Today;

        var settled = 0;
        foreach (var meeting in await db.Meetings.Include(m => m.Eligible).Where(m => m.EligibilityFixedAt == null && m.RecordDate < today).ToListAsync(cancellationToken))
        {
            meeting.FixEligibility(await Eligibility.CoopsInGoodStandingAsync(db, clock, dues.Value.GraceDays, meeting.RecordDate, cancellationToken), today, now);
            settled++;
        }

        await db.SaveChangesAsync(cancellationToken);

        var opened = 0;
        var drafts = await db.Motions.Where(m => m.State == MotionState.Draft && m.OpensAt <= now && m.ClosesAt > now).ToListAsync(cancellationToken);
        var meetingIds = drafts.Select(m => m.MeetingId).Distinct().ToList();
        var meetings = await db.Meetings.Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken); // one query, not one per motion
        foreach (var motion in drafts)
        {
            var meeting = meetings[motion.MeetingId];
            if (meeting.EligibilityFixedAt is not null)
            {
                motion.Open(meeting, now);
                opened++;
            }
        }

        var closed = 0;
        foreach (var motion in await db.Motions.Include(m => m.Candidates).Where(m => m.State == MotionState.Open && m.ClosesAt <= now).ToListAsync(cancellationToken))
        {
            await Voting.CloseAsync(db, motion, now, cancellationToken);
            closed++;
        }

        var notices = await SendNoticesAsync(today, now, cancellationToken);
        var reminders = await SendTermRemindersAsync(today, now, cancellationToken);
        return new GovernanceJobsResult(settled, opened, closed, notices, reminders);
    }

    private async Task<int> SendNoticesAsync(DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var meetings = (await db.Meetings.AsNoTracking().Where(m => m.State == MeetingState.Planned && m.StartsAt > now).ToListAsync(ct))
            .Where(m => m.NoticeOn <= today).ToList();
        if (meetings.Count == 0)
        {
            return 0;
        }

        var delegates = await (from d in db.Delegates.AsNoTracking()
                               join c in db.Cooperatives on d.CooperativeId equals c.Id
                               where c.Status == MembershipStatus.Active
                               join p in db.People on d.PersonId equals p.Id
                               select new { d.PersonId, p.FullName, p.Email, d.AlternatePersonId, c.PreferredLanguage }).ToListAsync(ct);
        var alternateIds = delegates.Where(d => d.AlternatePersonId != null).Select(d => d.AlternatePersonId!.Value).ToList();
        var alternates = await db.People.AsNoTracking().Where(p => alternateIds.Contains(p.Id)).Select(p => new { PersonId = p.Id, p.FullName, p.Email }).ToListAsync(ct);
        var alternateLanguage = delegates.Where(d => d.AlternatePersonId != null).ToDictionary(d => d.AlternatePersonId!.Value, d => d.PreferredLanguage);
        var recipients = delegates.Select(d => (d.PersonId, d.FullName, Email: (string?)d.Email, Language: (string?)d.PreferredLanguage))
            .Concat(alternates.Select(a => (a.PersonId, a.FullName, Email: (string?)a.Email, Language: alternateLanguage.GetValueOrDefault(a.PersonId))))
            .Where(r => r.Email != null).ToList();

        var baseUrl = app.Value.PublicBaseUrl.TrimEnd('/');
        var sent = 0;
        var meetingIds = meetings.Select(m => m.Id).ToList();
        var done = (await db.GovernanceNotices.Where(n => n.Kind == GovernanceNoticeKind.MeetingNotice && meetingIds.Contains(n.SubjectId))
            .Select(n => new { n.SubjectId, n.PersonId }).ToListAsync(ct)).Select(n => (n.SubjectId, n.PersonId)).ToHashSet();
        foreach (var meeting in meetings)
        {
            var where = string.Join(" / ", new[] { meeting.Place, meeting.OnlineLink }.Where(s => s is not null));
            var local = clock.ToLocal(meeting.StartsAt);
            var day = DateOnly.FromDateTime(local.DateTime);
            foreach (var r in recipients.Where(r => !done.Contains((meeting.Id, r.PersonId))))
            {
                // Written in the delegate's co-op's language.
                using (AppCulture.Use(Languages.IsSupported(r.Language) ? r.Language! : Languages.English))
                {
                    var agenda = meeting.AgendaItems.Count == 0 ? "" : "\n\n" + T("Agenda:") + "\n" + string.Join("\n", meeting.AgendaItems.Select((a, i) => $"  {i + 1}. {a}"));
                    db.OutboxMessages.Add(new OutboxMessage(r.Email!, T("Notice: {0}, {1}", meeting.Title, Formats.LongDay(day)),
                        T("Dear {0},", r.FullName) + "\n\n" +
                        T("As your co-op's delegate, you are called to the {0} \"{1}\" on {2} at {3}{4}. Co-ops in good standing on {5} may vote.",
                            T(meeting.Kind == MeetingKind.Annual ? "Annual meeting" : "Special meeting").ToLowerInvariant(), meeting.Title, Formats.FullDay(day),
                            Formats.Time(TimeOnly.FromDateTime(local.DateTime)), where.Length > 0 ? $", {where}" : "", Formats.LongDay(meeting.RecordDate))
                        + agenda + "\n\n" + T("The meeting and its motions:") + $"\n{baseUrl}/MyCoop/Governance\n\n" + T("The alliance staff"), now));
                }

                db.GovernanceNotices.Add(new GovernanceNotice(GovernanceNoticeKind.MeetingNotice, meeting.Id, r.PersonId, now));
                sent++;
            }
        }

        return sent;
    }

    private async Task<int> SendTermRemindersAsync(DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var horizon = today.AddDays(options.Value.TermEndReminderDays);
        var seats = await (from s in db.BoardSeats.AsNoTracking()
                           where s.TermEnd >= today && s.TermEnd <= horizon && s.PersonId != null
                           join p in db.People on s.PersonId equals p.Id
                           where p.Email != null
                           where !db.GovernanceNotices.Any(n => n.Kind == GovernanceNoticeKind.TermEndReminder && n.SubjectId == s.Id && n.PersonId == p.Id)
                           select new { s.Id, s.Name, s.TermEnd, PersonId = p.Id, p.FullName, p.Email }).ToListAsync(ct);
        foreach (var s in seats)
        {
            db.OutboxMessages.Add(new OutboxMessage(s.Email!, $"Your board term ends on {s.TermEnd:MMMM d, yyyy}",
                $"Dear {s.FullName},\n\nYour term on the alliance board ({s.Name}) ends on {s.TermEnd:MMMM d, yyyy}. If you mean to stand again, " +
                "please tell the staff before the next election's candidates are set.\n\nThank you for serving,\nThe alliance staff", now));
            db.GovernanceNotices.Add(new GovernanceNotice(GovernanceNoticeKind.TermEndReminder, s.Id, s.PersonId, now));
        }

        return seats.Count;
    }
}
