using System.Text.RegularExpressions;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Application.Users;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Domain.Operations;
using CoopAlliance.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Application.Tests.Mentoring;

/// <summary>Reps of a developing co-op: invited by staff, they see their own co-op only, and their mentor once active.</summary>
public sealed partial class DevelopingCoopRepTests : MentoringTestBase
{
    private const string Password = "Sourdough-Starter-42";

    [Test]
    public async Task StaffInviteARepOfADevelopingCoopWhoJoinsItsRepsAndSignsInToItsPage()
    {
        var coopId = await AddDevelopingCoopAsync("Florence Bread Collective");

        var userId = await SendAsync(new InviteUser("ana@bread.example.coop", "Ana Silva", Roles.CoopRep, null, coopId));

        var login = (await SendAsync(new ListUsers("ana"))).Single();
        Assert.That(login.Id, Is.EqualTo(userId));
        Assert.That(login.Roles, Is.EqualTo(new[] { Roles.CoopRep }));
        Assert.That(login.CooperativeId, Is.Null, "a developing co-op is not a member co-op");
        Assert.That((await SendAsync(new ListDevelopingCoopReps(coopId))).Select(r => r.Email), Is.EqualTo(new[] { "ana@bread.example.coop" }));
        var email = await WithDbAsync(db => db.OutboxMessages.SingleAsync());
        Assert.That(email.To, Is.EqualTo("ana@bread.example.coop"));
        Assert.That(email.Body, Does.Contain("Florence Bread Collective").And.Contain("/Account/AcceptInvitation?email=ana%40bread.example.coop&token="));

        RunAnonymously();
        var token = Uri.UnescapeDataString(TokenInLink().Match(email.Body).Groups[1].Value);
        await SendAsync(new AcceptInvitation("ana@bread.example.coop", token, Password, Password));
        var (outcome, principal) = await WithServiceAsync<IAuthService, (SignInOutcome, System.Security.Claims.ClaimsPrincipal?)>(
            auth => auth.CheckPasswordAsync("ana@bread.example.coop", Password));
        Assert.That(outcome, Is.EqualTo(SignInOutcome.Succeeded));
        Assert.That(principal!.IsInRole(Roles.CoopRep), Is.True);
        Assert.That(principal.FindFirst(AppClaims.CooperativeId), Is.Null);

        RunAs(userId, "Ana Silva", null, Roles.CoopRep);
        var mine = await SendAsync(new GetMyDevelopingCoop());
        Assert.That(mine.Id, Is.EqualTo(coopId));
        Assert.That(mine.Stage, Is.EqualTo(DevelopmentStage.Idea));
        Assert.That(mine.Milestones, Is.Not.Empty);
    }

    [Test]
    public async Task ARepIsInvitedForExactlyOneCoopAndNothingIsCreatedOtherwise()
    {
        var member = await AddActiveCoopAsync();
        var developing = await AddDevelopingCoopAsync("Florence Bread Collective");

        var both = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new InviteUser("a@example.coop", "A", Roles.CoopRep, member, developing)));
        var neither = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new InviteUser("a@example.coop", "A", Roles.CoopRep, null, null)));
        var unknown = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new InviteUser("a@example.coop", "A", Roles.CoopRep, null, 4242)));
        var mentor = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new InviteUser("a@example.coop", "A", Roles.Mentor, null, developing)));

        Assert.That(both!.Errors["DevelopingCoopId"].Single(), Does.Contain("not both"));
        Assert.That(both.Errors.Keys, Is.EqualTo(new[] { "DevelopingCoopId" }));
        Assert.That(neither!.Errors.Keys, Is.EqualTo(new[] { "CooperativeId" }));
        Assert.That(unknown!.Errors["DevelopingCoopId"], Is.EqualTo(new[] { "That developing co-op does not exist." }));
        Assert.That(mentor!.Errors["DevelopingCoopId"], Is.EqualTo(new[] { "Only a co-op rep belongs to a developing co-op." }));
        Assert.That(await WithDbAsync(db => db.Users.CountAsync()), Is.Zero);
        Assert.That(await CountAsync<OutboxMessage>(), Is.Zero);
        Assert.That((await FindAsync<DevelopingCoop>(developing))!.RepUserIds, Is.Empty);
    }

    [Test]
    public async Task AGraduatedCoopGetsNoNewRepsFromTheMentoringPipeline()
    {
        var developing = await AddDevelopingCoopAsync("Florence Bread Collective");
        await SendAsync(new ChangeStage(developing, DevelopmentStage.Operating, null));
        await SendAsync(new GraduateDevelopingCoop(developing, null));

        var refused = Assert.ThrowsAsync<ValidationException>(() =>
            SendAsync(new InviteUser("ana@bread.example.coop", "Ana Silva", Roles.CoopRep, null, developing)));

        Assert.That(refused!.Errors["DevelopingCoopId"].Single(), Does.Contain("graduated"));
        Assert.That(await WithDbAsync(db => db.Users.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task LinkingALoginThatAlreadyRepresentsAnotherCoopIsRefused()
    {
        var member = await AddActiveCoopAsync();
        var florence = await AddDevelopingCoopAsync("Florence Bread Collective");
        var holyoke = await AddDevelopingCoopAsync("Holyoke Cleaners");
        var memberRep = await AddRepLoginAsync("rita@bread.example.coop", "Rita Rep", member);
        var florenceRep = await AddRepLoginAsync("ana@florence.example.coop", "Ana Silva", null);
        await SendAsync(new SetDevelopingCoopReps(florence, [florenceRep]));

        var ofMember = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new SetDevelopingCoopReps(holyoke, [memberRep])));
        var ofFlorence = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new SetDevelopingCoopReps(holyoke, [florenceRep])));

        Assert.That(ofMember!.Errors.Values.SelectMany(m => m).Single(), Is.EqualTo("Rita Rep represents Pioneer Valley Bread Cooperative; a rep represents one co-op only."));
        Assert.That(ofFlorence!.Errors.Values.SelectMany(m => m).Single(), Is.EqualTo("Ana Silva already represents Florence Bread Collective; a rep represents one co-op only."));
        Assert.That((await FindAsync<DevelopingCoop>(holyoke))!.RepUserIds, Is.Empty);
        await SendAsync(new SetDevelopingCoopReps(florence, [florenceRep]));
        Assert.That((await FindAsync<DevelopingCoop>(florence))!.RepUserIds, Is.EqualTo(new[] { florenceRep }), "setting the same reps again is fine");
    }

    [Test]
    public async Task ARepReachesOnlyTheirOwnDevelopingCoopAndAnyOtherIsNotFound()
    {
        var florence = await AddDevelopingCoopAsync("Florence Bread Collective");
        var holyoke = await AddDevelopingCoopAsync("Holyoke Cleaners");
        var ana = await AddRepLoginAsync("ana@florence.example.coop", "Ana Silva", null);
        await SendAsync(new SetDevelopingCoopReps(florence, [ana]));
        var holyokeChecklist = (await SendAsync(new GetDevelopingCoop(holyoke))).Milestones.First();

        RunAs(ana, "Ana Silva", null, Roles.CoopRep);
        Assert.That((await SendAsync(new GetMyDevelopingCoop())).Name, Is.EqualTo("Florence Bread Collective"));
        Assert.That((await SendAsync(new GetDevelopingCoop(florence))).Id, Is.EqualTo(florence));
        Assert.That((await SendAsync(new ListDevelopingCoops())).Items.Select(c => c.Name), Is.EqualTo(new[] { "Florence Bread Collective" }));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetDevelopingCoop(holyoke)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ListSessions(holyoke)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new TickMilestone(holyoke, holyokeChecklist.Id)));
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ListDevelopingCoopReps(florence)));

        RunAsStaff();
        Assert.That((await SendAsync(new GetDevelopingCoop(holyoke))).Milestones.First().DoneOn, Is.Null, "nothing changed");
    }

    [Test]
    public async Task ARepWhoRepresentsNoDevelopingCoopFindsNoneAndAMentorMayNotAsk()
    {
        await AddDevelopingCoopAsync("Florence Bread Collective");
        var member = await AddActiveCoopAsync();

        RunAsRep(member);
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetMyDevelopingCoop()));
        RunAsMentor();
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new GetMyDevelopingCoop()));
    }

    [Test]
    public async Task TheRepSeesTheirMentorOnlyOnceTheMatchIsActiveAndNeverTheMentorsSessionNotes()
    {
        var morgan = await AddMentorAsync("Morgan Mentor");
        var florence = await AddDevelopingCoopAsync("Florence Bread Collective");
        var ana = await AddRepLoginAsync("ana@florence.example.coop", "Ana Silva", null);
        await SendAsync(new SetDevelopingCoopReps(florence, [ana]));
        var matchId = await OfferAsync(morgan, florence);

        RunAs(ana, "Ana Silva", null, Roles.CoopRep);
        var whileOffered = await SendAsync(new GetMyDevelopingCoop());
        Assert.That(whileOffered.Mentor, Is.Null, "an offer is not yet the co-op's mentor");
        Assert.That(whileOffered.Timeline.Select(e => e.Text), Has.None.Contains("Morgan"));
        Assert.That((await SendAsync(new ListDevelopingCoops())).Items.Single().MentorName, Is.Null);

        RunAsMentor(morgan);
        await SendAsync(new AcceptOffer(matchId));
        await SendAsync(new LogSession(matchId, Clock.Today, 60, "Bylaws", "The group seems unsure about capital", "Draft article 4"));

        RunAs(ana, "Ana Silva", null, Roles.CoopRep);
        var active = await SendAsync(new GetMyDevelopingCoop());
        Assert.That(active.Mentor!.FullName, Is.EqualTo("Morgan Mentor"));
        Assert.That(active.Mentor.Email, Is.EqualTo(morgan.Email));
        Assert.That(active.Mentor.Status, Is.EqualTo(MatchStatus.Active));
        Assert.That(active.Timeline.Select(e => e.Text), Does.Contain("Session (60 min): Bylaws"));
        Assert.That(active.Timeline.Select(e => e.Text), Has.None.Contains("capital"));
        var session = (await SendAsync(new ListSessions(florence))).Single();
        Assert.That(session.Notes, Is.Null);
        Assert.That(session.NextSteps, Is.EqualTo("Draft article 4"));

        RunAsMentor(morgan);
        Assert.That((await SendAsync(new ListSessions(florence))).Single().Notes, Is.EqualTo("The group seems unsure about capital"));
        RunAsStaff();
        Assert.That((await SendAsync(new ListSessions(florence))).Single().Notes, Is.EqualTo("The group seems unsure about capital"));
    }

    /// <summary>A co-op rep login made directly (of a member co-op, or of none yet).</summary>
    [Test]
    public async Task GraduatingTakesTheGroupsRepsIntoTheApplicantCoopAndTheySeeIt()
    {
        var florence = await AddDevelopingCoopAsync("Florence Bread Collective");
        var ana = await AddRepLoginAsync("ana@florence.example.coop", "Ana Silva", null);
        await SendAsync(new SetDevelopingCoopReps(florence, [ana]));
        await SendAsync(new ChangeStage(florence, DevelopmentStage.Operating, null));

        var member = await SendAsync(new GraduateDevelopingCoop(florence, null));

        var login = await WithServiceAsync<IIdentityService, UserSummary?>(identity => identity.FindAsync(ana, CancellationToken.None));
        Assert.That(login!.CooperativeId, Is.EqualTo(member));
        RunAsRep(member, ana);
        Assert.That((await SendAsync(new GetCoop(member))).LegalName, Is.EqualTo("Florence Bread Collective"));
        Assert.That((await SendAsync(new GetMyDevelopingCoop())).GraduatedCooperativeId, Is.EqualTo(member), "the development history stays theirs");
    }

    private static async Task<int> AddRepLoginAsync(string email, string name, int? cooperativeId)
    {
        using var scope = Testing.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, FullName = name, EmailConfirmed = true, CooperativeId = cooperativeId };
        Assert.That((await users.CreateAsync(user)).Succeeded, Is.True);
        Assert.That((await users.AddToRoleAsync(user, Roles.CoopRep)).Succeeded, Is.True);
        return user.Id;
    }

    [GeneratedRegex(@"[?&]token=([^&\s]+)")]
    private static partial Regex TokenInLink();
}
