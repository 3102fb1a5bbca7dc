using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Operations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Benefits.Coverage;

public sealed record BenefitsDayResult(int WindowsOpened, int WindowsClosed, int Reminders, int Terminations, int Cancelled, int TookEffect);

/// <summary>
/// The benefits office's daily round, one transaction:
/// <list type="number">
/// <item>open enrollment windows open and close on their dates (recorded once), and reps are reminded — when a window
/// opens, and again some days before it closes if workers have neither enrolled nor waived — once per plan year, co-op
/// and kind (a unique key);</item>
/// <item>never drop anyone silently: a worker who left the roster or whose hours fell below the plan's minimum is
/// covered to the end of that month; a co-op that lapsed keeps its workers covered to the end of the dues grace period
/// after the lapse. Each end is written as a new election row (the carrier's next change file carries it), recorded as a
/// pending termination staff can see (unique per worker, plan year and day) and told to the rep and the worker, with
/// the continuation-coverage notice, once;</item>
/// <item>a lapsed co-op reinstated before that day keeps its coverage (the pending terminations are cancelled);</item>
/// <item>pending terminations whose last covered day has passed take effect.</item>
/// </list>
/// Running it again the same day, or on two nodes at once, changes nothing more: each step looks for what is not yet
/// done, and the unique keys refuse a duplicate (the job runner then leaves the work to the node that did it).
/// </summary>
[Authorize(Roles.Staff)]
public sealed record RunBenefitsDay(DateOnly On) : ICommand<BenefitsDayResult>
{
    public const string JobName = "benefits-daily";
}

public sealed class RunBenefitsDayHandler(IAppDbContext db, TimeProvider clock, AllianceClock alliance, IOptions<EnrollmentOptions> options,
    IOptions<DuesOptions> dues, IOptions<AppOptions> app)
    : IRequestHandler<RunBenefitsDay, BenefitsDayResult>
{
    internal const string ContinuationNotice =
        "You may be able to keep this coverage at your own cost under COBRA or your state's continuation law (Massachusetts and Vermont " +
        "have their own); the carrier sends the election notice with the deadline to choose. Ask the alliance's benefits office if you have questions.";

    public async Task<BenefitsDayResult> Handle(RunBenefitsDay request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = request.On;
        var run = await JobRuns.ClaimAsync(db, RunBenefitsDay.JobName, today.ToString("yyyy-MM-dd"), now, cancellationToken);
        var plans = await db.Plans.Include(p => p.Years).ToListAsync(cancellationToken);
        var (opened, closed, reminders) = await WindowsAsync(plans, today, now, cancellationToken);
        var (terminations, cancelled) = await TerminationsAsync(plans, today, now, cancellationToken);
        var tookEffect = 0;
        foreach (var pending in await db.CoverageTerminations.Where(t => t.Status == TerminationStatus.Pending && t.LastCoveredDay < today).ToListAsync(cancellationToken))
        {
            tookEffect += pending.TakeEffect(today) ? 1 : 0;
        }

        var result = new BenefitsDayResult(opened, closed, reminders, terminations, cancelled, tookEffect);
        run.Succeed(clock.GetUtcNow(), opened + closed + terminations + cancelled + tookEffect, reminders,
            $"{opened} windows opened, {closed} closed, {reminders} reps reminded, {terminations} coverage ends found, {cancelled} cancelled, {tookEffect} took effect.");
        return result;
    }

    private async Task<(int Opened, int Closed, int Reminders)> WindowsAsync(List<Plan> plans, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var (opened, closed, reminders) = (0, 0, 0);
        foreach (var plan in plans)
        {
            foreach (var year in plan.Years)
            {
                if (today > year.EnrollmentClosesOn)
                {
                    closed += year.MarkWindowClosed(now) ? 1 : 0;
                    continue;
                }

                if (!year.IsWindowOpen(today))
                {
                    continue;
                }

                opened += year.MarkWindowOpened(now) ? 1 : 0;
                reminders += await RemindAsync(plan, year, EnrollmentReminderKind.WindowOpened, onlyIfMissing: false, now, ct);
                if (today >= year.EnrollmentClosesOn.AddDays(-options.Value.ClosingReminderDays))
                {
                    reminders += await RemindAsync(plan, year, EnrollmentReminderKind.ClosingSoon, onlyIfMissing: true, now, ct);
                }
            }
        }

        return (opened, closed, reminders);
    }

    /// <summary>Reminds the reps of co-ops taking part in the plan year (approved), once per kind.</summary>
    private async Task<int> RemindAsync(Plan plan, PlanYear year, EnrollmentReminderKind kind, bool onlyIfMissing, DateTimeOffset now, CancellationToken ct)
    {
        var already = db.EnrollmentReminders.Where(r => r.PlanYearId == year.Id && r.Kind == kind).Select(r => r.CooperativeId);
        var coopIds = await db.CoopParticipations.Where(p => p.PlanYearId == year.Id && p.Status == ParticipationStatus.Approved && !already.Contains(p.CooperativeId))
            .Select(p => p.CooperativeId).ToListAsync(ct);
        var missing = await MissingWorkersAsync(coopIds, year.Id, ct);
        var contacts = await RepContactsAsync(coopIds, ct);
        var languages = await db.Cooperatives.Where(c => coopIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.PreferredLanguage, ct);
        var sent = 0;
        foreach (var coopId in coopIds)
        {
            var names = missing[coopId].ToList();
            if (onlyIfMissing && names.Count == 0)
            {
                continue;
            }

            db.EnrollmentReminders.Add(new EnrollmentReminder(year.Id, coopId, kind, names.Count, now));
            var contact = contacts[coopId];
            if (contact.Email is null)
            {
                continue;
            }

            // Written in the co-op's language (what the alliance sends a co-op follows its record).
            using (AppCulture.Use(languages.GetValueOrDefault(coopId)))
            {
                static string T(string english, params object[] args) => BenefitsTexts.T(english, args);
                var window = T("{0} to {1}", Formats.MonthDay(year.EnrollmentOpensOn), Formats.LongDay(year.EnrollmentClosesOn));
                var who = names.Count == 0 ? "" :
                    $"\n\n{T("These workers have neither enrolled nor waived yet:")}\n{string.Join("\n", names.Select(m => "- " + m))}\n";
                var (subject, opening) = kind == EnrollmentReminderKind.WindowOpened
                    ? (T("Open enrollment for {0} is open", plan.Name), T("Open enrollment for {0} (coverage from {1}) runs {2}.", plan.Name, Formats.LongDay(year.StartsOn), window))
                    : (T("Open enrollment for {0} closes {1}", plan.Name, Formats.MonthDay(year.EnrollmentClosesOn)),
                        T("Open enrollment for {0} closes on {1}.", plan.Name, Formats.LongDay(year.EnrollmentClosesOn)));
                db.OutboxMessages.Add(new OutboxMessage(contact.Email, subject,
                    $"{T("Dear {0},", contact.Name ?? "")}\n\n{opening} {T("Each worker can enroll or waive on the co-op's Benefits page.")}{who}\n" +
                    $"{app.Value.PublicBaseUrl.TrimEnd('/')}/MyCoop/Benefits\n\n{T("Thank you,")}\n{T("The alliance's benefits office")}", now));
            }

            sent++;
        }

        return sent;
    }

    /// <summary>Per co-op, its workers on the roster (started, or worker-owners) with no election for the plan year: one query.</summary>
    private async Task<ILookup<int, string>> MissingWorkersAsync(List<int> coopIds, int planYearId, CancellationToken ct) =>
        (await db.People.Where(p => coopIds.Contains(p.CooperativeId) && (p.IsWorkerOwner || p.StartedOn != null))
            .Where(p => !db.BenefitMembers.Any(m => m.PersonId == p.Id && db.Elections.Any(e => e.MemberId == m.Id && e.PlanYearId == planYearId)))
            .OrderBy(p => p.FullName).Select(p => new { p.CooperativeId, p.FullName }).ToListAsync(ct))
        .ToLookup(p => p.CooperativeId, p => p.FullName);

    /// <summary>Whom to write to at each co-op: its primary contact with an email, else the co-op's own address (one query).</summary>
    private async Task<Dictionary<int, (string? Name, string? Email)>> RepContactsAsync(IReadOnlyCollection<int> coopIds, CancellationToken ct) =>
        (await db.Cooperatives.Where(c => coopIds.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                Name = c.TradeName ?? c.LegalName,
                c.Email,
                Contact = c.People.Where(p => p.IsPrimaryContact && p.Email != null).OrderBy(p => p.Id).Select(p => new { p.FullName, p.Email }).FirstOrDefault(),
            }).ToListAsync(ct))
        .ToDictionary(c => c.Id, c => c.Contact is { } p ? ((string?)p.FullName, (string?)p.Email) : ((string?)c.Name, c.Email));

    private async Task<(int Found, int Cancelled)> TerminationsAsync(List<Plan> plans, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        // Workers whose person was removed from the roster (the key was set to null) leave on the day it is noticed.
        foreach (var left in await db.BenefitMembers.Where(m => m.PersonId == null && m.LeftRosterOn == null).ToListAsync(ct))
        {
            left.LeaveRoster(today);
        }

        await db.SaveChangesAsync(ct);
        var found = 0;
        var cancelled = 0;
        var graceDays = dues.Value.GraceDays;
        foreach (var plan in plans)
        {
            foreach (var year in plan.Years.Where(y => y.EndsOn >= today))
            {
                var minimumHours = plan.Rules.MinimumHoursPerWeek;
                var allowed = plan.Rules.Standings.ToList();
                var candidates = await (
                    from e in db.Elections
                    where e.PlanYearId == year.Id && e.Choice == ElectionChoice.Enroll && e.EndsOn == null
                    join m in db.BenefitMembers on e.MemberId equals m.Id
                    join c in db.Cooperatives on m.CooperativeId equals c.Id
                    where m.LeftRosterOn != null || m.HoursPerWeek < minimumHours || !allowed.Contains(c.Status)
                    select e.MemberId).Distinct().ToListAsync(ct);
                // Each batch of workers read in four queries (their elections, records, co-ops and reps), not four per worker.
                foreach (var batch in candidates.Chunk(500))
                {
                    var histories = (await db.Elections.Where(e => batch.Contains(e.MemberId) && e.PlanYearId == year.Id).ToListAsync(ct)).ToLookup(e => e.MemberId);
                    var members = await db.BenefitMembers.Where(m => batch.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
                    var coopIds = members.Values.Select(m => m.CooperativeId).Distinct().ToList();
                    var coops = await db.Cooperatives.Where(c => coopIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
                    var contacts = await RepContactsAsync(coopIds, ct);
                    foreach (var memberId in batch)
                    {
                        var member = members[memberId];
                        found += Terminate(plan, year, histories[memberId], member, coops[member.CooperativeId], contacts[member.CooperativeId], graceDays, today, now) ? 1 : 0;
                    }
                }

                // A co-op reinstated before its workers' coverage ended keeps it.
                var reinstated = await (
                    from t in db.CoverageTerminations
                    where t.PlanYearId == year.Id && t.Status == TerminationStatus.Pending && t.Reason == ElectionReason.CoopLapsed
                    join c in db.Cooperatives on t.CooperativeId equals c.Id
                    where allowed.Contains(c.Status)
                    select t).ToListAsync(ct);
                var reinstatedIds = reinstated.Select(t => t.MemberId).ToList();
                var reinstatedHistories = (await db.Elections
                    .Where(e => reinstatedIds.Contains(e.MemberId) && e.PlanYearId == year.Id).ToListAsync(ct)).ToLookup(e => e.MemberId);
                foreach (var termination in reinstated)
                {
                    termination.Cancel(Actor.System);
                    if (Election.Latest(reinstatedHistories[termination.MemberId]) is { EndsOn: not null } latest)
                    {
                        db.Elections.Add(latest.Continue(Actor.System, now));
                    }

                    cancelled++;
                }
            }
        }

        return (found, cancelled);
    }

    private bool Terminate(Plan plan, PlanYear year, IEnumerable<Election> history, BenefitMember member, Cooperative coop, (string? Name, string? Email) contact,
        int graceDays, DateOnly today, DateTimeOffset now)
    {
        if (Election.Latest(history) is not { IsEnrolled: true, EndsOn: null } current)
        {
            return false;
        }

        var (reason, lastDay, why) = member.LeftRosterOn is { } left
            ? (ElectionReason.LeftRoster, CoverageEnd.ForWorker(left), $"{member.FullName} left {coop.DisplayName}'s roster on {left:MMMM d, yyyy}")
            : member.HoursPerWeek < plan.Rules.MinimumHoursPerWeek
                ? (ElectionReason.HoursBelowMinimum, CoverageEnd.ForWorker(today),
                    $"{member.FullName} now works {member.HoursPerWeek:0.#} hours a week, below the {plan.Rules.MinimumHoursPerWeek:0.#} {plan.Name} requires")
                : coop.Status == MembershipStatus.Lapsed
                    ? (ElectionReason.CoopLapsed, CoverageEnd.ForLapsedCoop(alliance.DateOf(coop.StatusChangedAt), graceDays),
                        $"{coop.DisplayName}'s membership lapsed on {alliance.DateOf(coop.StatusChangedAt):MMMM d, yyyy}")
                    : (ElectionReason.CoopLapsed, CoverageEnd.ForWorker(today), $"{coop.DisplayName} is {coop.Status.Describe().ToLowerInvariant()}");
        // Coverage never ends before it began, nor after the plan year.
        lastDay = lastDay < current.EffectiveOn ? current.EffectiveOn.AddDays(-1) : lastDay > year.EndsOn ? year.EndsOn : lastDay;

        db.Elections.Add(current.Terminate(lastDay, reason, Actor.System, now));
        var termination = new CoverageTermination(current, reason, lastDay, now);
        db.CoverageTerminations.Add(termination);
        var body = $"{why}, so {member.FullName}'s {plan.Name} coverage ends on {lastDay:MMMM d, yyyy}. Coverage continues until then.\n\n" +
                   $"{ContinuationNotice}\n\nThe alliance's benefits office";
        if (contact.Email is not null)
        {
            db.OutboxMessages.Add(new OutboxMessage(contact.Email, $"{plan.Name}: {member.FullName}'s coverage ends {lastDay:MMMM d}", $"Dear {contact.Name},\n\n{body}", now));
        }

        if (member.Email is not null && !string.Equals(member.Email, contact.Email, StringComparison.OrdinalIgnoreCase))
        {
            db.OutboxMessages.Add(new OutboxMessage(member.Email, $"Your {plan.Name} coverage ends {lastDay:MMMM d}", $"Dear {member.FirstName},\n\n{body}", now));
        }

        termination.MarkNoticeSent(now);
        return true;
    }
}
