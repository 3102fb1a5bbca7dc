using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Governance;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Governance;
using Microsoft.EntityFrameworkCore;

#pragma warning disable EF1002 // table and column names come from sqlite_master, not from input

namespace CoopAlliance.Application.Tests.Governance;

/// <summary>Meetings, check-in and quorum, one ballot per co-op under concurrent submissions, and the secrecy of secret ballots, on SQLite.</summary>
public sealed class GovernanceTests : TestBase
{
    private async Task<(int MeetingId, List<int> Coops)> OpenMeetingAsync(int coops)
    {
        var ids = new List<int>();
        for (var i = 0; i < coops; i++)
        {
            var id = await AddActiveCoopAsync($"Voting Co-op {i + 1}");
            ids.Add(id);
            var personId = await WithDbAsync(db => db.People.Where(p => p.CooperativeId == id).Select(p => p.Id).FirstAsync());
            RunAsRep(id, 9100 + i);
            await SendAsync(new SetDelegate(id, personId, null, null));
        }

        RunAsStaff();
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        var meetingId = await SendAsync(new PlanMeeting(MeetingKind.Annual, "Annual meeting", Clock.GetUtcNow().AddHours(1), "Holyoke", null, today, null, "Welcome\nBudget"));
        await SendAsync(new OpenMeeting(meetingId));
        return (meetingId, ids);
    }

    private static Task<int> SecretMotionAsync(int meetingId) =>
        SendAsync(new ProposeMotion(meetingId, MotionKind.Resolution, "Adopt the solidarity fund", null, Threshold.Majority, true,
            Clock.GetUtcNow(), Clock.GetUtcNow().AddHours(2), null, null, null));

    [Test]
    public async Task Delegates_check_in_until_quorum_and_each_coop_counts_once()
    {
        var (meetingId, coops) = await OpenMeetingAsync(4);
        var detail = await SendAsync(new GetMeeting(meetingId));
        Assert.That((detail.Quorum.Eligible, detail.Quorum.Required, detail.Quorum.IsMet), Is.EqualTo((4, 2, false)));

        foreach (var coop in coops.Take(2))
        {
            var person = await WithDbAsync(db => db.Delegates.Where(d => d.CooperativeId == coop).Select(d => d.PersonId).FirstAsync());
            await SendAsync(new CheckIn(meetingId, coop, person));
        }

        detail = await SendAsync(new GetMeeting(meetingId));
        Assert.That((detail.Quorum.Present, detail.Quorum.IsMet), Is.EqualTo((2, true)));
        var again = await WithDbAsync(db => db.Delegates.Where(d => d.CooperativeId == coops[0]).Select(d => d.PersonId).FirstAsync());
        Assert.That(() => SendAsync(new CheckIn(meetingId, coops[0], again)), Throws.TypeOf<Domain.Common.DomainRuleException>());
    }

    [Test]
    public async Task A_coop_not_active_on_the_record_date_is_not_eligible()
    {
        await AddActiveCoopAsync("Lapsed Co-op", status: MembershipStatus.Lapsed);
        var (meetingId, coops) = await OpenMeetingAsync(2);
        var detail = await SendAsync(new GetMeeting(meetingId));
        Assert.That(detail.Eligible.Select(e => e.CoopId), Is.EquivalentTo(coops));
    }

    [Test]
    public async Task Concurrent_ballots_from_one_coop_store_exactly_one_and_the_rest_conflict()
    {
        var (meetingId, coops) = await OpenMeetingAsync(2);
        var motionId = await SecretMotionAsync(meetingId);
        await SendAsync(new OpenMotionVoting(motionId));

        RunAsRep(coops[0], 9100);
        var attempts = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await SendAsync(new CastVote(motionId, null, i % 2 == 0 ? VoteChoice.For : VoteChoice.Against, null));
                return "ok";
            }
            catch (ConflictException)
            {
                return "conflict";
            }
        })).ToList();
        var outcomes = await Task.WhenAll(attempts);

        Assert.That(outcomes.Count(o => o == "ok"), Is.EqualTo(1));
        Assert.That(outcomes.Count(o => o == "conflict"), Is.EqualTo(7));
        Assert.That(await CountAsync<BallotCast>(), Is.EqualTo(1));
        Assert.That(await CountAsync<SecretBallot>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Closing_computes_the_result_and_nothing_changes_afterwards()
    {
        var (meetingId, coops) = await OpenMeetingAsync(3);
        var motionId = await SecretMotionAsync(meetingId);
        await SendAsync(new OpenMotionVoting(motionId));
        RunAsRep(coops[0], 9100);
        await SendAsync(new CastVote(motionId, null, VoteChoice.For, null));
        RunAsRep(coops[1], 9101);
        await SendAsync(new CastVote(motionId, null, VoteChoice.Against, null));

        RunAsStaff();
        await SendAsync(new CloseMotionVoting(motionId));
        var result = await SendAsync(new GetMotionResult(motionId));
        Assert.That((result.For, result.Against, result.Passed, result.Tie, result.BallotsCast, result.Eligible), Is.EqualTo((1, 1, false, true, 2, 3)));
        Assert.That(result.Votes, Is.Empty, "a secret vote publishes no co-op's choice");

        RunAsRep(coops[2], 9102);
        Assert.That(() => SendAsync(new CastVote(motionId, null, VoteChoice.For, null)), Throws.TypeOf<Domain.Common.DomainRuleException>());
        RunAsStaff();
        Assert.That(() => SendAsync(new CloseMotionVoting(motionId)), Throws.TypeOf<Domain.Common.DomainRuleException>());
    }

    [Test]
    public async Task No_stored_data_links_a_secret_ballot_to_a_coop()
    {
        var (meetingId, coops) = await OpenMeetingAsync(4);
        var motionId = await SecretMotionAsync(meetingId);
        await SendAsync(new OpenMotionVoting(motionId));
        var choices = new[] { VoteChoice.For, VoteChoice.Against, VoteChoice.For, VoteChoice.Abstain };
        for (var i = 0; i < coops.Count; i++)
        {
            RunAsRep(coops[i], 9100 + i);
            await SendAsync(new CastVote(motionId, null, choices[i], null));
            Clock.Advance(TimeSpan.FromMinutes(3));
        }

        var ballotIds = await WithDbAsync(db => db.SecretBallots.Select(b => b.Id).ToListAsync());
        Assert.That(ballotIds, Has.Count.EqualTo(4));

        await WithDbAsync(async db =>
        {
            // 1. The model: the ballot's table has only its random key, the motion and the choice — no co-op, person, user or time.
            var ballot = db.Model.FindEntityType(typeof(SecretBallot))!;
            Assert.That(ballot.GetProperties().Select(p => p.Name), Is.EquivalentTo(new[] { "Id", "MotionId", "Choice", "CandidateIds" }));
            Assert.That(ballot.GetForeignKeys().Select(f => f.PrincipalEntityType.ClrType), Is.EqualTo(new[] { typeof(Motion) }));
            Assert.That(db.Model.GetEntityTypes().SelectMany(t => t.GetForeignKeys()).Where(f => f.PrincipalEntityType.ClrType == typeof(SecretBallot)), Is.Empty,
                "no table refers to a ballot");

            // 2. The database itself: the table has no hidden rowid recording the order of insertion.
            var sql = await db.Database.SqlQueryRaw<string>("SELECT sql AS Value FROM sqlite_master WHERE name = 'SecretBallots'").FirstAsync();
            Assert.That(sql, Does.Contain("WITHOUT ROWID"));
            Assert.That(() => db.Database.SqlQueryRaw<long>("SELECT rowid AS Value FROM SecretBallots").ToListAsync(), Throws.Exception);
            var columns = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('SecretBallots')").ToListAsync();
            Assert.That(columns, Is.EquivalentTo(new[] { "Id", "MotionId", "Choice", "CandidateIds" }));

            // 3. Every column of every table: no row holds a ballot's id (the audit trail, the outbox, the job log…), as text or bytes.
            //    One query per table, every column against every id.
            var patterns = ballotIds.SelectMany(id => new object[] { $"%{id}%", $"%{Convert.ToHexString(id.ToByteArray())}%" }).ToArray();
            foreach (var table in await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name <> 'SecretBallots'").ToListAsync())
            {
                var cols = await db.Database.SqlQueryRaw<string>($"SELECT name AS Value FROM pragma_table_info('{table}')").ToListAsync();
                var conditions = cols.SelectMany(col => Enumerable.Range(0, ballotIds.Count).SelectMany(i => new[]
                {
                    $"CAST(\"{col}\" AS TEXT) LIKE {{{2 * i}}}", $"hex(\"{col}\") LIKE {{{(2 * i) + 1}}}",
                }));
                var hits = await db.Database.SqlQueryRaw<int>(
                    $"SELECT COUNT(*) AS Value FROM \"{table}\" WHERE {string.Join(" OR ", conditions)}", patterns).FirstAsync();
                Assert.That(hits, Is.Zero, $"{table} holds a secret ballot's id");
            }

            // 4. The audit trail records that each co-op voted, never a ballot or a choice.
            var audit = await db.AuditEntries.ToListAsync();
            Assert.That(audit.Where(a => a.EntityType == nameof(SecretBallot)), Is.Empty);
            Assert.That(audit.Where(a => a.EntityType == nameof(BallotCast)).Select(a => a.Changes), Has.None.Contains("Choice\":{\"New"));
            Assert.That(await db.OutboxMessages.CountAsync(), Is.Zero);
            Assert.That(await db.BallotsCast.Where(b => b.Choice != null || b.CandidateIds != null).CountAsync(), Is.Zero);
            Assert.That(await db.BallotsCast.Select(b => b.CastOn).Distinct().CountAsync(), Is.EqualTo(1), "who voted keeps the day, not the time");
        });
    }

    [Test]
    public async Task An_election_seats_its_winners_on_the_board()
    {
        var (meetingId, coops) = await OpenMeetingAsync(3);
        var motionId = await SendAsync(new ProposeMotion(meetingId, MotionKind.Election, "Board election", null, Threshold.Majority, false,
            Clock.GetUtcNow(), Clock.GetUtcNow().AddHours(2), 1, 24, [new CandidateDetails("Ana Ruiz", coops[0], null, "I will listen."), new CandidateDetails("Ben Cho", coops[1], null, null)]));
        await SendAsync(new OpenMotionVoting(motionId));
        var candidates = await WithDbAsync(db => db.Motions.Where(m => m.Id == motionId).SelectMany(m => m.Candidates).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
        for (var i = 0; i < 3; i++)
        {
            RunAsRep(coops[i], 9100 + i);
            await SendAsync(new CastVote(motionId, null, null, [candidates[i == 2 ? 1 : 0]]));
        }

        RunAsStaff();
        await SendAsync(new CloseMotionVoting(motionId));
        var result = await SendAsync(new GetMotionResult(motionId));
        Assert.That(result.Summary, Is.EqualTo("Elected: Ana Ruiz."));
        Assert.That(result.Votes.Select(v => (v.CoopName, v.Candidates.Single())), Has.Member(("Voting Co-op 3", "Ben Cho")), "an open vote is published");

        await SendAsync(new SeatWinners(motionId, new DateOnly(2027, 1, 1)));
        var board = await SendAsync(new GetBoard());
        Assert.That(board.Select(s => (s.HolderName, s.TermEnd)), Is.EqualTo(new[] { ("Ana Ruiz", new DateOnly(2028, 12, 31)) }));
    }
}
