using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Governance;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// Governance: every active member co-op has named a delegate (and most an alternate) from its roster; last year's
/// annual meeting is closed with its minutes published — a resolution carried by open vote and a board election by
/// secret ballot that filled three seats — and a special meeting is coming, with a bylaw amendment on its agenda.
/// Built through the domain's own methods, relative to the clock; skipped when any meeting exists.
/// </summary>
public sealed partial class DemoData
{
    private async Task SeedGovernanceAsync(CancellationToken ct)
    {
        if (await db.Meetings.AnyAsync(ct))
        {
            return;
        }

        var now = clock.UtcNow;
        var today = clock.Today;
        var staff = new Actor(null, "Sam Staff (demo)");
        var active = await db.Cooperatives.Where(c => c.Status == MembershipStatus.Active).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        var people = (await db.People.Where(p => active.Contains(p.CooperativeId)).OrderBy(p => p.Id).ToListAsync(ct))
            .GroupBy(p => p.CooperativeId).ToDictionary(g => g.Key, g => g.ToList());
        var delegates = new Dictionary<int, CoopDelegate>();
        foreach (var (coopId, i) in active.Select((id, i) => (id, i)))
        {
            if (!people.TryGetValue(coopId, out var roster) || roster.Count == 0)
            {
                continue;
            }

            var alternate = roster.Count > 1 && i % 4 != 3 ? roster[1] : null;
            var d = CoopDelegate.Name(coopId, roster[0], alternate, staff, now.AddDays(-380 + i));
            delegates[coopId] = d;
            db.Delegates.Add(d);
        }

        await db.SaveChangesAsync(ct);

        // Last year's annual meeting, closed.
        var startsAt = clock.StartOf(today.AddDays(-330)).AddHours(18);
        var annual = Meeting.Plan(new MeetingDetails(MeetingKind.Annual, $"Annual meeting {clock.DateOf(startsAt).Year}", startsAt,
            "Northampton Community Room, 240 Main St, Northampton", null, clock.DateOf(startsAt).AddDays(-30), 21,
            "Welcome and the year in review\nThe budget for the coming year\nResolution: a solidarity fund for members in crisis\nBoard election: three seats\nOpen floor"));
        db.Meetings.Add(annual);
        await db.SaveChangesAsync(ct);
        var eligible = active.Where(delegates.ContainsKey).ToList();
        annual.Open(today, eligible, startsAt.AddMinutes(-30));
        var present = eligible.Take(Math.Max(1, eligible.Count * 4 / 5)).ToList();
        foreach (var (coopId, i) in present.Select((id, i) => (id, i)))
        {
            var d = delegates[coopId];
            var personId = i % 5 == 4 && d.AlternatePersonId is { } alt ? alt : d.PersonId;
            var person = people[coopId].First(p => p.Id == personId);
            annual.CheckIn(d, coopId, person.Id, person.FullName, startsAt.AddMinutes(-25 + i));
        }

        var resolution = Motion.Propose(annual, new MotionDetails(MotionKind.Resolution, "Create a solidarity fund for members in crisis",
            "Resolved: the alliance sets aside 5% of dues each year in a fund that members facing a sudden crisis can draw on, decided by the board.",
            Threshold.Majority, false, startsAt.AddMinutes(30), startsAt.AddMinutes(90), null, null), []);
        var candidates = eligible.Take(4).Select((coopId, i) => people[coopId][Math.Min(2, people[coopId].Count - 1)])
            .Select((p, i) => new CandidateDetails(p.FullName, p.CooperativeId, p.Id, CandidateStatements[i % CandidateStatements.Length])).ToList();
        var election = Motion.Propose(annual, new MotionDetails(MotionKind.Election, "Board election: three seats", null, Threshold.Majority, true,
            startsAt.AddMinutes(95), startsAt.AddMinutes(150), 3, 24), candidates);
        db.Motions.AddRange(resolution, election);
        await db.SaveChangesAsync(ct);

        var day = clock.DateOf(startsAt);
        resolution.Open(annual, startsAt.AddMinutes(30));
        var openBallots = new List<BallotContent>();
        foreach (var (coopId, i) in present.Select((id, i) => (id, i)))
        {
            var content = new BallotContent(i % 6 == 5 ? VoteChoice.Against : i % 7 == 6 ? VoteChoice.Abstain : VoteChoice.For, []);
            db.BallotsCast.Add(resolution.Cast(annual, coopId, content, day, startsAt.AddMinutes(40 + i)).Cast);
            openBallots.Add(content);
        }

        resolution.Close(openBallots, startsAt.AddMinutes(90));

        election.Open(annual, startsAt.AddMinutes(95));
        var ids = election.Candidates.OrderBy(c => c.Id).Select(c => c.Id).ToList();
        var secretBallots = new List<BallotContent>();
        foreach (var (coopId, i) in present.Select((id, i) => (id, i)))
        {
            // The first two candidates on most ballots, the third and fourth splitting the rest: three clear winners.
            var content = new BallotContent(null, [ids[0], ids[1], ids[i % 3 == 0 ? 3 % ids.Count : 2 % ids.Count]]);
            var cast = election.Cast(annual, coopId, content.CandidateIds.Distinct().Count() == content.CandidateIds.Count ? content : new BallotContent(null, [ids[0]]), day,
                startsAt.AddMinutes(100 + i));
            db.BallotsCast.Add(cast.Cast);
            db.SecretBallots.Add(cast.Secret!);
            secretBallots.Add(cast.Secret!.Content);
        }

        election.Close(secretBallots, startsAt.AddMinutes(150));
        db.BoardSeats.AddRange(election.SeatWinners(day.AddDays(1), startsAt.AddMinutes(160)));
        annual.Close();
        annual.WriteMinutes("The chair welcomed the delegates and reported on the year: new members, the loan fund's first loans and the events of the spring.\n" +
                            "The treasurer presented the budget; questions were answered from the floor.\n" +
                            "The solidarity fund resolution was debated and carried by open vote; the board election was held by secret ballot.\n" +
                            "Open floor: members asked for more cross-co-op purchasing; staff will report back at the next meeting.");
        annual.PublishMinutes(startsAt.AddDays(7));
        await db.SaveChangesAsync(ct);

        // A special meeting coming up, with a bylaw amendment.
        var specialAt = clock.StartOf(today.AddDays(25)).AddHours(18);
        var special = Meeting.Plan(new MeetingDetails(MeetingKind.Special, "Special meeting on the dues bylaw", specialAt,
            "Greenfield Grange Hall, 1 Grange Rd, Greenfield", "https://meet.example.coop/special", today.AddDays(5), 21,
            "The proposed change to the dues bylaw\nQuestions and debate\nVote"));
        db.Meetings.Add(special);
        await db.SaveChangesAsync(ct);
        db.Motions.Add(Motion.Propose(special, new MotionDetails(MotionKind.BylawAmendment, "Amend Article 4: dues on a sliding scale by payroll",
            "Article 4 is amended so that each member co-op's yearly dues are 0.5% of its payroll, at least $300 and at most $6,000.",
            Threshold.TwoThirds, false, specialAt.AddMinutes(30), specialAt.AddHours(2), null, null), []));
        await db.SaveChangesAsync(ct);
    }

    private static readonly string[] CandidateStatements =
    [
        "I want the alliance to grow the loan fund so more workers can buy their businesses.",
        "Ten years in a worker co-op bakery; I will push for shared purchasing across members.",
        "I'd like the board to visit every member co-op at least once a year.",
        "Bookkeeper by trade: I will keep the alliance's finances clear for every member.",
    ];
}
