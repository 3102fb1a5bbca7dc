using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Mentoring;

public sealed class MatchLifecycleTests : MentoringTestBase
{
    [Test]
    public async Task StaffPublishASuggestionTheMentorAcceptsAndLogsASessionThatShowsOnTheTimeline()
    {
        var morgan = await AddMentorAsync("Morgan Mentor", skills: [(Skill.LegalAndBylaws, SkillLevel.Expert), (Skill.FinanceAndBookkeeping, SkillLevel.Experienced)]);
        var coopId = await AddDevelopingCoopAsync("Florence Bread Collective", needs:
            [(Skill.LegalAndBylaws, NeedImportance.Essential), (Skill.FinanceAndBookkeeping, NeedImportance.Important), (Skill.Marketing, NeedImportance.NiceToHave)]);

        var suggestions = await SendAsync(new GetSuggestions());
        var pair = suggestions.Suggestions.Single();
        Assert.That(pair.MentorId, Is.EqualTo(morgan.MentorId));
        Assert.That(pair.Summary, Does.StartWith("covers 2 of 3 needs: legal & bylaws, finance & bookkeeping; same region; same sector"));
        Assert.That(pair.Parts.Sum(p => p.Points), Is.EqualTo(pair.Score));
        Assert.That(suggestions.ExactTotal, Is.EqualTo(pair.Score).And.EqualTo(suggestions.GreedyTotal));

        var matchId = (await SendAsync(new PublishSuggestions())).Single();

        var offer = await SendAsync(new GetMatch(matchId));
        Assert.That(offer.Status, Is.EqualTo(MatchStatus.Offered));
        Assert.That(offer.OfferExpiresOn, Is.EqualTo(Clock.Today.AddDays(7)));
        var email = await WithDbAsync(db => db.OutboxMessages.SingleAsync());
        Assert.That(email.To, Is.EqualTo(morgan.Email));
        Assert.That(email.Subject, Is.EqualTo("Would you mentor Florence Bread Collective?"));
        Assert.That(email.Body, Does.Contain("covers 2 of 3 needs"));
        Assert.That((await SendAsync(new GetSuggestions())).Suggestions, Is.Empty, "an offered co-op is no longer waiting");

        RunAsMentor(morgan);
        Assert.That((await SendAsync(new ListDevelopingCoops())).Items.Select(c => c.Id), Is.EqualTo(new[] { coopId }));
        await SendAsync(new AcceptOffer(matchId));
        Clock.Advance(TimeSpan.FromDays(3));
        await SendAsync(new LogSession(matchId, Clock.Today.AddDays(-1), 90, "Bylaws, capital accounts", "Went through model bylaws", "Draft article 4"));

        var coop = await SendAsync(new GetDevelopingCoop(coopId));
        Assert.That(coop.Mentor!.FullName, Is.EqualTo("Morgan Mentor"));
        Assert.That(coop.Mentor.Status, Is.EqualTo(MatchStatus.Active));
        Assert.That(coop.Timeline.Select(e => e.Kind), Is.EqualTo(new[] { "Session", "MatchStarted", "Started" }));
        Assert.That(coop.Timeline[0].Text, Is.EqualTo("Session (90 min): Bylaws, capital accounts"));
        Assert.That((await SendAsync(new ListSessions(coopId))).Single().NextSteps, Is.EqualTo("Draft article 4"));
    }

    [Test]
    public async Task AMentorCannotReachADevelopingCoopTheyAreNotMatchedWith()
    {
        var morgan = await AddMentorAsync("Morgan Mentor");
        var riley = await AddMentorAsync("Riley Mentor");
        var mine = await AddDevelopingCoopAsync("Florence Bread Collective");
        var theirs = await AddDevelopingCoopAsync("Holyoke Cleaners");
        var unmatched = await AddDevelopingCoopAsync("Greenfield Printers");
        await ActiveMatchAsync(morgan, mine);
        var rileysMatch = await ActiveMatchAsync(riley, theirs);

        RunAsMentor(morgan);

        Assert.That((await SendAsync(new ListDevelopingCoops())).Items.Select(c => c.Id), Is.EqualTo(new[] { mine }));
        Assert.That((await SendAsync(new ListMatches())).Select(m => m.DevelopingCoopId), Is.EqualTo(new[] { mine }));
        foreach (var other in new[] { theirs, unmatched })
        {
            Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetDevelopingCoop(other)));
            Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ListSessions(other)));
            Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ChangeStage(other, DevelopmentStage.Feasibility, null)));
            Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new TickMilestone(other, 1)));
        }

        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetMatch(rileysMatch)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new LogSession(rileysMatch, Clock.Today, 60, "Bylaws", null, null)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new EndMatch(rileysMatch, "Not mine")));
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new GetSuggestions()));
        Assert.That(await WithDbAsync(db => db.MentoringSessions.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task AMentorWithAnOfferSeesTheCoopButCannotWorkOnItUntilAccepting()
    {
        var morgan = await AddMentorAsync("Morgan Mentor");
        var coopId = await AddDevelopingCoopAsync("Florence Bread Collective");
        var matchId = await OfferAsync(morgan, coopId);

        RunAsMentor(morgan);
        var coop = await SendAsync(new GetDevelopingCoop(coopId));

        Assert.That(coop.Mentor!.Status, Is.EqualTo(MatchStatus.Offered));
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ChangeStage(coopId, DevelopmentStage.Feasibility, null)));
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new LogSession(matchId, Clock.Today, 60, "Bylaws", null, null)));
    }

    [Test]
    public async Task ADeclinedOfferPutsTheCoopBackIntoTheSuggestionsWithAnotherMentor()
    {
        var morgan = await AddMentorAsync("Morgan Mentor");
        var riley = await AddMentorAsync("Riley Mentor", region: Region.SouthernVermont);
        var coopId = await AddDevelopingCoopAsync("Florence Bread Collective");
        var matchId = await OfferAsync(morgan, coopId);

        RunAsMentor(morgan);
        await SendAsync(new DeclineOffer(matchId, "Too busy this season"));

        RunAsStaff();
        var again = (await SendAsync(new GetSuggestions())).Suggestions.Single();
        Assert.That(again.DevelopingCoopId, Is.EqualTo(coopId));
        Assert.That(again.MentorId, Is.EqualTo(riley.MentorId), "the mentor who declined is not suggested again for the same co-op");
        RunAsMentor(morgan);
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetDevelopingCoop(coopId)));
    }

    [Test]
    public async Task AnUnansweredOfferExpiresAfterTheOfferWindowAndTheCoopIsSuggestedAgain()
    {
        var morgan = await AddMentorAsync("Morgan Mentor");
        var coopId = await AddDevelopingCoopAsync("Florence Bread Collective");
        var matchId = await OfferAsync(morgan, coopId);

        Clock.Advance(TimeSpan.FromDays(7));
        Assert.That((await SendAsSystemAsync(new ExpireOffers(Clock.Today))).Expired, Is.Zero, "the seventh day is still the offer's last day");
        Clock.Advance(TimeSpan.FromDays(1));
        var result = await SendAsSystemAsync(new ExpireOffers(Clock.Today));
        var again = await SendAsSystemAsync(new ExpireOffers(Clock.Today));

        Assert.That(result.Expired, Is.EqualTo(1));
        Assert.That(again.Expired, Is.Zero);
        Assert.That((await SendAsync(new GetMatch(matchId))).Status, Is.EqualTo(MatchStatus.Expired));
        Assert.That((await SendAsync(new GetSuggestions())).Suggestions.Single().DevelopingCoopId, Is.EqualTo(coopId));
        RunAsMentor(morgan);
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new AcceptOffer(matchId)));
        Assert.That(await WithDbAsync(db => db.JobRuns.CountAsync(r => r.Job == ExpireOffers.JobName)), Is.EqualTo(2));
    }

    [Test]
    public async Task PublishingMoreCoopsThanAMentorHasRoomForIsRefusedAndOffersNothing()
    {
        var morgan = await AddMentorAsync("Morgan Mentor", capacity: 1);
        var first = await AddDevelopingCoopAsync("Florence Bread Collective");
        var second = await AddDevelopingCoopAsync("Holyoke Cleaners");

        var refused = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new PublishSuggestions(
            [new PairToPublish(morgan.MentorId, first), new PairToPublish(morgan.MentorId, second)])));

        Assert.That(refused!.Message, Does.Contain("no room"));
        Assert.That(await WithDbAsync(db => db.MentorMatches.CountAsync()), Is.Zero);
        Assert.That(await WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == morgan.Email)), Is.Zero);
    }

    [Test]
    public async Task AConflictOrAPauseKeepsAMentorOutOfSuggestionsAndOffers()
    {
        var morgan = await AddMentorAsync("Morgan Mentor");
        var coopId = await AddDevelopingCoopAsync("Florence Bread Collective");
        var mentor = await SendAsync(new GetMentor(morgan.MentorId));
        await SendAsync(new UpdateMentor
        {
            Id = mentor.Id,
            Version = mentor.Version,
            FullName = mentor.FullName,
            Email = mentor.Email,
            Skills = mentor.Skills,
            Sectors = mentor.Sectors,
            Languages = mentor.Languages,
            Region = mentor.Region,
            Capacity = mentor.Capacity,
            ConflictCoopIds = [coopId],
        });

        Assert.That((await SendAsync(new GetSuggestions())).Suggestions, Is.Empty);
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new PublishSuggestions([new PairToPublish(morgan.MentorId, coopId)])));

        var other = await AddDevelopingCoopAsync("Holyoke Cleaners");
        await SendAsync(new SetMentorAvailability(morgan.MentorId, Clock.Today.AddDays(30)));
        Assert.That((await SendAsync(new GetSuggestions())).Suggestions, Is.Empty);
        Clock.Advance(TimeSpan.FromDays(31));
        Assert.That((await SendAsync(new GetSuggestions())).Suggestions.Single().DevelopingCoopId, Is.EqualTo(other));
    }

    [Test]
    public async Task ARepSeesTheirOwnDevelopingCoopAndItsMentorOnlyOnceTheMatchIsActive()
    {
        var morgan = await AddMentorAsync("Morgan Mentor");
        var coopId = await AddDevelopingCoopAsync("Florence Bread Collective");
        var otherId = await AddDevelopingCoopAsync("Holyoke Cleaners");
        const int repId = 9100;
        await WithDbAsync(async db =>
        {
            (await db.DevelopingCoops.SingleAsync(c => c.Id == coopId)).AddRep(repId);
            await db.SaveChangesAsync();
        });
        var matchId = await OfferAsync(morgan, coopId);

        RunAs(repId, "Ana Silva", null, Roles.CoopRep);
        Assert.That((await SendAsync(new GetDevelopingCoop(coopId))).Mentor, Is.Null, "an offer is not yet the co-op's mentor");
        Assert.That(await SendAsync(new ListMatches()), Is.Empty);
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetDevelopingCoop(otherId)));
        Assert.That((await SendAsync(new ListDevelopingCoops())).Items.Select(c => c.Id), Is.EqualTo(new[] { coopId }));

        RunAsMentor(morgan);
        await SendAsync(new AcceptOffer(matchId));

        RunAs(repId, "Ana Silva", null, Roles.CoopRep);
        Assert.That((await SendAsync(new GetDevelopingCoop(coopId))).Mentor!.FullName, Is.EqualTo("Morgan Mentor"));
        Assert.That((await SendAsync(new ListDevelopingCoops())).Items.Single().MentorName, Is.EqualTo("Morgan Mentor"));
    }

    [Test]
    public async Task TheActiveMentorMovesStagesAndTicksMilestonesAndStaffGraduateAnOperatingCoop()
    {
        var morgan = await AddMentorAsync("Morgan Mentor");
        var coopId = await AddDevelopingCoopAsync("Florence Bread Collective");
        var matchId = await ActiveMatchAsync(morgan, coopId);
        var bylaws = (await SendAsync(new GetDevelopingCoop(coopId))).Milestones.Single(m => m.Title == "Bylaws drafted");

        await SendAsync(new TickMilestone(coopId, bylaws.Id));
        await SendAsync(new ChangeStage(coopId, DevelopmentStage.Operating, "Opened the bakery"));
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new GraduateDevelopingCoop(coopId, null)));

        RunAsStaff();
        var memberId = await SendAsync(new GraduateDevelopingCoop(coopId, null));

        var applicant = await SendAsync(new GetCoop(memberId));
        Assert.That(applicant.Status, Is.EqualTo(MembershipStatus.Applicant));
        Assert.That(applicant.LegalName, Is.EqualTo("Florence Bread Collective"));
        Assert.That(applicant.History.Single().ByName, Is.EqualTo("Sam Staff"));
        var dev = await SendAsync(new GetDevelopingCoop(coopId));
        Assert.That(dev.GraduatedCooperativeId, Is.EqualTo(memberId));
        Assert.That(dev.Milestones.Single(m => m.Id == bylaws.Id).DoneByName, Is.EqualTo("Morgan Mentor"));
        Assert.That(dev.Timeline.Select(e => e.Kind), Does.Contain("Graduated").And.Contain("StageChanged").And.Contain("MilestoneDone"));
        Assert.That((await SendAsync(new GetMatch(matchId))).Status, Is.EqualTo(MatchStatus.Completed));
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new GraduateDevelopingCoop(coopId, null)));
    }
    [Test]
    public async Task GraduatingWithdrawsAnUnansweredOfferSoTheMentorNeitherSeesNorTakesOnTheClosedRecord()
    {
        var morgan = await AddMentorAsync("Morgan Mentor");
        var coopId = await AddDevelopingCoopAsync("Florence Bread Collective");
        var offer = await OfferAsync(morgan, coopId);
        await SendAsync(new ChangeStage(coopId, DevelopmentStage.Operating, null));

        await SendAsync(new GraduateDevelopingCoop(coopId, null));

        var match = await SendAsync(new GetMatch(offer));
        Assert.That(match.Status, Is.EqualTo(MatchStatus.Ended));
        Assert.That(match.Reason, Does.Contain("graduated"));
        RunAsMentor(morgan);
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetDevelopingCoop(coopId)));
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new AcceptOffer(offer)));
        Assert.That((await SendAsync(new ListDevelopingCoops { IncludeGraduated = true })).Items, Is.Empty);
    }

    [Test]
    public async Task AGraduatedCoopsChecklistIsClosed()
    {
        var coopId = await AddDevelopingCoopAsync("Florence Bread Collective");
        var open = (await SendAsync(new GetDevelopingCoop(coopId))).Milestones.First(m => m.DoneOn is null);
        await SendAsync(new ChangeStage(coopId, DevelopmentStage.Operating, null));
        await SendAsync(new GraduateDevelopingCoop(coopId, null));

        var refused = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new TickMilestone(coopId, open.Id)));

        Assert.That(refused!.Message, Does.Contain("graduated"));
        Assert.That((await SendAsync(new GetDevelopingCoop(coopId))).Milestones.Single(m => m.Id == open.Id).DoneOn, Is.Null);
    }
}
