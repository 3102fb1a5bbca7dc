using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Events.Deliberation;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Events;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Events;

/// <summary>Proposals, dots, commitments, the follow-up job and the tracker's visibility, on SQLite.</summary>
public sealed class DeliberationHandlerTests : TestBase
{
    private static readonly Actor Staff = new(StaffUserId, "Sam Staff");

    private static async Task<(Event Event, Registration Participant)> EventAsync(TrackerVisibility tracker = TrackerVisibility.Public)
    {
        var ev = new Event(new EventDetails("Green Solidarity Economy", null, null, new DateTime(2026, 11, 20, 9, 0, 0), new DateTime(2026, 11, 20, 21, 0, 0),
            "Worcester", null, null, null, true, null, 3, tracker, [30, 60, 90]), Staff, Clock.GetUtcNow().AddMonths(-2));
        ev.AddTicketType(TicketKind.Community, "Community", 10m, null);
        ev.Publish();
        await AddAsync(ev);
        var registration = Registration.Register(ev, ev.TicketTypes.First(),
            new RegistrantDetails("Ana Participant", "ana@example.org", null, null, null, null, null), null, null, false, false,
            new DateTime(2026, 11, 1, 12, 0, 0), Clock.GetUtcNow().AddDays(-30));
        await AddAsync(registration);
        return (ev, registration);
    }

    private static Task<List<OutboxMessage>> FollowUpEmailsAsync() =>
        WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith("How is it going")).ToListAsync());

    [Test]
    public async Task AParticipantProposesAndVotesByTokenAndTotalsStayHiddenUntilTheVoteCloses()
    {
        var (ev, me) = await EventAsync();
        RunAnonymously();
        var id = await SendAsync(new PutProposal { EventId = ev.Id, Token = me.Token, What = "A shared bookkeeping pool" });

        RunAsStaff();
        await SendAsync(new OpenVoting(ev.Id));
        RunAnonymously();
        var placed = await SendAsync(new CastDots(ev.Id, id, me.Token, 2));
        Assert.That((placed.Dots, placed.DotsLeft), Is.EqualTo((2, 1)));

        var mine = await SendAsync(new ListProposals(ev.Id, me.Token));
        var proposal = mine.Themes.Single().Proposals.Single();
        Assert.That((proposal.MyDots, proposal.Dots, mine.MyDotsLeft, proposal.IsMine), Is.EqualTo((2, (int?)null, (int?)1, true)));

        RunAsStaff();
        Assert.That((await SendAsync(new ListProposals(ev.Id))).Themes.Single().Proposals.Single().Dots, Is.EqualTo(2), "the facilitator sees live totals");
        await SendAsync(new CloseVoting(ev.Id));
        RunAnonymously();
        Assert.That((await SendAsync(new ListProposals(ev.Id))).Themes.Single().Proposals.Single().Dots, Is.EqualTo(2), "everyone sees totals after close");
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new CastDots(ev.Id, id, me.Token, 0)));
    }

    [Test]
    public async Task ZeroRemovesTheRowAndAWrongTokenIsNotFound()
    {
        var (ev, me) = await EventAsync();
        RunAnonymously();
        var id = await SendAsync(new PutProposal { EventId = ev.Id, Token = me.Token, What = "Joint purchasing" });
        RunAsStaff();
        await SendAsync(new OpenVoting(ev.Id));
        RunAnonymously();
        await SendAsync(new CastDots(ev.Id, id, me.Token, 3));
        var over = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new CastDots(ev.Id, id, me.Token, 4)));
        Assert.That(over!.Message, Does.Contain("3 are left"));
        await SendAsync(new CastDots(ev.Id, id, me.Token, 0));

        Assert.That(await CountAsync<DotVote>(), Is.Zero);
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new CastDots(ev.Id, id, "0123456789abcdef0123456789abcdef", 1)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new PutProposal { EventId = ev.Id, Token = "nope", What = "x" }));
    }

    [Test]
    public async Task TheFollowUpJobTwiceSendsOnceAndTheOwnersUpdateIsKeptInTheHistory()
    {
        var (ev, _) = await EventAsync();
        RunAsStaff();
        var id = await SendAsync(new RecordCommitment
        {
            EventId = ev.Id,
            Action = "Start a shared bookkeeping pool",
            OrganisationName = "Valley Bakery Co-op",
            OwnerName = "Maria Lopez",
            OwnerEmail = "Maria@Example.coop",
        });

        var early = await SendAsSystemAsync(new SendCommitmentFollowUps(new DateOnly(2026, 12, 19)));
        var due = await SendAsSystemAsync(new SendCommitmentFollowUps(new DateOnly(2026, 12, 20)));
        var again = await SendAsSystemAsync(new SendCommitmentFollowUps(new DateOnly(2026, 12, 20)));
        var nextDay = await SendAsSystemAsync(new SendCommitmentFollowUps(new DateOnly(2026, 12, 21)));
        Assert.That((early.Asked, due.Asked, again.Asked, nextDay.Asked), Is.EqualTo((0, 1, 0, 0)));

        var email = (await FollowUpEmailsAsync()).Single();
        Assert.That(email.To, Is.EqualTo("maria@example.coop"));
        var followUp = await WithDbAsync(db => db.CommitmentFollowUps.SingleAsync(f => f.CommitmentId == id && f.AskedAt != null));
        Assert.That(email.Body, Does.Contain("/events/follow-up/" + followUp.Token));

        RunAnonymously();
        await SendAsync(new ReportCommitmentStatus { Token = followUp.Token, Status = CommitmentStatus.InProgress, Note = "Two co-ops joined" });
        await SendAsync(new ReportCommitmentStatus { Token = followUp.Token, Status = CommitmentStatus.Done, Note = "Running" });
        var commitment = await WithDbAsync(db => db.Commitments.Include(c => c.Updates).Include(c => c.FollowUps).SingleAsync(c => c.Id == id));
        Assert.That(commitment.Updates.OrderBy(u => u.Id).Select(u => u.Status), Is.EqualTo(new[] { CommitmentStatus.InProgress, CommitmentStatus.Done }));
        Assert.That((commitment.Status, commitment.StatusNote), Is.EqualTo((CommitmentStatus.Done, "Running")));
        Assert.That(commitment.FollowUps.Single(f => f.Id == followUp.Id).AnsweredAt, Is.Not.Null);
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ReportCommitmentStatus { Token = "unknown", Status = CommitmentStatus.Done }));

        var sixty = await SendAsSystemAsync(new SendCommitmentFollowUps(new DateOnly(2027, 1, 19)));
        Assert.That(sixty.Asked, Is.EqualTo(1), "the next date is asked in its turn");
        Assert.That(await FollowUpEmailsAsync(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task AMemberCoopThatReadsSpanishGetsItsFollowUpInSpanishAndAnAskedLanguageWins()
    {
        var (ev, _) = await EventAsync();
        var coopId = await AddActiveCoopAsync("Cooperativa La Esperanza");
        await WithDbAsync(async db =>
        {
            (await db.Cooperatives.FindAsync(coopId))!.ChooseLanguage(Languages.Spanish);
            await db.SaveChangesAsync();
        });
        RunAsStaff();
        await SendAsync(new RecordCommitment
        {
            EventId = ev.Id,
            Action = "Compartir un fondo de contabilidad",
            CooperativeId = coopId,
            OwnerName = "Rosa Díaz",
            OwnerEmail = "rosa@example.coop",
        });
        await SendAsync(new RecordCommitment
        {
            EventId = ev.Id,
            Action = "Host the next skill share",
            OrganisationName = "Valley Bakery Co-op",
            CooperativeId = coopId,
            OwnerName = "Lee Park",
            OwnerEmail = "lee@example.coop",
            Language = Languages.English,
        });
        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new RecordCommitment
        {
            EventId = ev.Id,
            Action = "x",
            OrganisationName = "y",
            OwnerName = "z",
            OwnerEmail = "z@example.coop",
            Language = "fr",
        }));

        await SendAsSystemAsync(new SendCommitmentFollowUps(new DateOnly(2026, 12, 20)));

        var mail = await WithDbAsync(db => db.OutboxMessages.ToListAsync());
        var rosa = mail.Single(m => m.To == "rosa@example.coop");
        var lee = mail.Single(m => m.To == "lee@example.coop");
        Assert.That(rosa.Subject, Does.StartWith("¿Cómo va?"));
        Assert.That(rosa.Body, Does.Contain("Estimado/a Rosa Díaz:").And.Contain("se comprometió a").And.Contain("En solidaridad,"));
        Assert.That(lee.Subject, Does.StartWith("How is it going"));
        Assert.That(lee.Body, Does.Contain("committed to"));
    }

    [Test]
    public async Task APartnersOnlyTrackerIsSeenByStaffAndPartnersOnlyAndNeverShowsEmails()
    {
        var (ev, _) = await EventAsync(TrackerVisibility.PartnersOnly);
        var partner = new EventPartner(ev.Id, "Worcester Roots", null, "Jo Partner", "jo@roots.example", Staff, Clock.GetUtcNow());
        partner.Respond(InvitationAnswer.Interested, Clock.GetUtcNow());
        await AddAsync(partner);
        RunAsStaff();
        await SendAsync(new RecordCommitment
        {
            EventId = ev.Id,
            Action = "Host a monthly skill share",
            OrganisationName = "Worcester Roots",
            OwnerName = "Maria Lopez",
            OwnerEmail = "maria@example.coop",
        });
        Assert.That((await SendAsync(new GetTracker(ev.Id))).Commitments, Has.Count.EqualTo(1));

        RunAnonymously();
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetTracker(ev.Id)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetTracker(ev.Id, "not-a-partner")));
        var line = (await SendAsync(new GetTracker(ev.Id, partner.Token))).Commitments.Single();
        Assert.That((line.Owner, line.OrganisationName, line.StatusWords), Is.EqualTo(("Maria", "Worcester Roots", "Not started")));
    }

    [Test]
    public async Task APublicTrackerIsOpenToAnyone()
    {
        var (ev, _) = await EventAsync();
        RunAsStaff();
        await SendAsync(new RecordCommitment
        {
            EventId = ev.Id,
            Action = "Map local supply chains",
            OrganisationName = "Valley Bakery Co-op",
            OwnerName = "Lee",
            OwnerEmail = "lee@example.coop",
        });

        RunAnonymously();
        var tracker = await SendAsync(new GetTracker(ev.Id));
        Assert.That(tracker.Commitments.Single().Owner, Is.EqualTo("Lee"));
    }
}
