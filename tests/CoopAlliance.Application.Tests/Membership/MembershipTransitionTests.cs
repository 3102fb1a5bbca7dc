using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Membership;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using static CoopAlliance.Domain.Cooperatives.MembershipStatus;

namespace CoopAlliance.Application.Tests.Membership;

public sealed class MembershipTransitionTests : TestBase
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TestClock.Default.UtcDateTime);

    /// <summary>Each command of the lifecycle, from a status that allows it, with the status it leads to.</summary>
    public static IEnumerable<TestCaseData> Commands()
    {
        yield return Case(Applicant, id => new StartReview(id, "Documents received"), UnderReview, "Documents received");
        yield return Case(UnderReview, id => new ApproveApplication(id, Today.AddDays(-1), "Board vote 7-0"), Active, "Board vote 7-0");
        yield return Case(Applicant, id => new DeclineApplication(id, "Not a worker co-op yet"), Declined, "Not a worker co-op yet");
        yield return Case(UnderReview, id => new DeclineApplication(id, "Not a worker co-op yet"), Declined, "Not a worker co-op yet");
        yield return Case(Active, id => new LapseMembership(id, "Dues unpaid since June"), Lapsed, "Dues unpaid since June");
        yield return Case(Lapsed, id => new ReinstateMembership(id, "Dues paid"), Active, "Dues paid");
        yield return Case(Active, id => new SuspendMembership(id, "Bylaws review"), Suspended, "Bylaws review");
        yield return Case(Lapsed, id => new SuspendMembership(id, "Bylaws review"), Suspended, "Bylaws review");
        yield return Case(Suspended, id => new ReinstateMembership(id, "Review finished"), Active, "Review finished");
        yield return Case(Active, id => new WithdrawMembership(id, "Dissolved", Today.AddDays(30)), Withdrawn, "Dissolved");
        yield return Case(Declined, id => new WithdrawMembership(id, "No longer interested", Today), Withdrawn, "No longer interested");
        yield return Case(Withdrawn, id => new Reapply(id, "Reopened"), Applicant, "Reopened");
        yield return Case(Declined, id => new Reapply(id, "Now a worker co-op"), Applicant, "Now a worker co-op");
    }

    private static TestCaseData Case(MembershipStatus from, Func<int, IMembershipTransition> command, MembershipStatus to, string reason) =>
        new TestCaseData(from, command, to, reason).SetArgDisplayNames(from.ToString(), command(1).GetType().Name);

    [TestCaseSource(nameof(Commands))]
    public async Task EachTransitionCommandMovesTheCoopAndRecordsItInHistoryAndAudit(MembershipStatus from,
        Func<int, IMembershipTransition> command, MembershipStatus to, string reason)
    {
        var id = await AddActiveCoopAsync(status: from);
        var before = await SendAsync(new GetCoop(id));
        Clock.Advance(TimeSpan.FromHours(1));

        await SendAsync((ICommand<MediatR.Unit>)command(id));

        var coop = await SendAsync(new GetCoop(id));
        Assert.That(coop.Status, Is.EqualTo(to));
        Assert.That(coop.StatusChangedAt, Is.EqualTo(Clock.UtcNow));
        Assert.That(coop.Version, Is.GreaterThan(before.Version));
        var entry = coop.History.First();
        Assert.That(entry.From, Is.EqualTo(from));
        Assert.That(entry.To, Is.EqualTo(to));
        Assert.That(entry.ByName, Is.EqualTo("Sam Staff"));
        Assert.That(entry.At, Is.EqualTo(Clock.UtcNow));
        Assert.That(entry.Reason, Is.EqualTo(reason));
        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Command == command(id).GetType().Name).ToListAsync());
        Assert.That(audit.Select(a => a.EntityType), Is.EquivalentTo(new[] { nameof(Cooperative), nameof(MembershipChange) }));
        Assert.That(audit.All(a => a.CooperativeId == id && a.UserId == StaffUserId), Is.True);
    }

    [Test]
    public async Task ApprovalRecordsTheBoardVoteAndWithdrawalItsEffectiveDate()
    {
        var id = await AddApplicantAsync();
        await SendAsync(new StartReview(id, null));
        await SendAsync(new ApproveApplication(id, Today.AddDays(-3), null));
        await SendAsync(new WithdrawMembership(id, "Members voted to dissolve", Today.AddDays(14)));

        var history = (await SendAsync(new GetCoop(id))).History;

        Assert.That(history.Single(h => h.Transition == MembershipTransition.Approve).BoardVoteOn, Is.EqualTo(Today.AddDays(-3)));
        Assert.That(history.Single(h => h.Transition == MembershipTransition.Withdraw).EffectiveOn, Is.EqualTo(Today.AddDays(14)));
        Assert.That(history.Select(h => h.Transition), Is.EqualTo(new[]
        {
            MembershipTransition.Withdraw, MembershipTransition.Approve, MembershipTransition.StartReview, MembershipTransition.Apply,
        }), "newest first");
    }

    public static IEnumerable<TestCaseData> RefusedCommands()
    {
        yield return new TestCaseData(Applicant, (Func<int, IMembershipTransition>)(id => new ApproveApplication(id, Today, null))).SetArgDisplayNames("Applicant", "Approve");
        yield return new TestCaseData(Active, (Func<int, IMembershipTransition>)(id => new StartReview(id, null))).SetArgDisplayNames("Active", "StartReview");
        yield return new TestCaseData(Active, (Func<int, IMembershipTransition>)(id => new DeclineApplication(id, "Too late"))).SetArgDisplayNames("Active", "Decline");
        yield return new TestCaseData(Applicant, (Func<int, IMembershipTransition>)(id => new LapseMembership(id, "Dues"))).SetArgDisplayNames("Applicant", "Lapse");
        yield return new TestCaseData(Active, (Func<int, IMembershipTransition>)(id => new ReinstateMembership(id, "Dues"))).SetArgDisplayNames("Active", "Reinstate");
        yield return new TestCaseData(UnderReview, (Func<int, IMembershipTransition>)(id => new SuspendMembership(id, "Bylaws"))).SetArgDisplayNames("UnderReview", "Suspend");
        yield return new TestCaseData(Withdrawn, (Func<int, IMembershipTransition>)(id => new WithdrawMembership(id, "Again", Today))).SetArgDisplayNames("Withdrawn", "Withdraw");
        yield return new TestCaseData(Active, (Func<int, IMembershipTransition>)(id => new Reapply(id, null))).SetArgDisplayNames("Active", "Reapply");
    }

    [TestCaseSource(nameof(RefusedCommands))]
    public async Task AnInvalidTransitionIsRefusedWithAClearMessageAndChangesNothing(MembershipStatus from, Func<int, IMembershipTransition> command)
    {
        var id = await AddActiveCoopAsync(status: from);
        var before = await SendAsync(new GetCoop(id));

        var refused = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync((ICommand<MediatR.Unit>)command(id)));

        Assert.That(refused!.Message, Does.StartWith(before.DisplayName).And.Contain(from.Describe().ToLowerInvariant()));
        var after = await SendAsync(new GetCoop(id));
        Assert.That(after.Status, Is.EqualTo(from));
        Assert.That(after.Version, Is.EqualTo(before.Version));
        Assert.That(after.History, Has.Count.EqualTo(before.History.Count));
        Assert.That(await CountAsync<AuditEntry>(), Is.Zero);
    }

    [Test]
    public async Task ApprovingWithABoardVoteInTheFutureIsRefusedAndChangesNothing()
    {
        var id = await AddActiveCoopAsync(status: UnderReview);

        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new ApproveApplication(id, Today.AddDays(1), null)));

        Assert.That((await SendAsync(new GetCoop(id))).Status, Is.EqualTo(UnderReview));
        Assert.That(await CountAsync<MembershipChange>(), Is.EqualTo(1));
    }

    [Test]
    public async Task AMissingReasonOrDateIsAFieldErrorAndChangesNothing()
    {
        var id = await AddActiveCoopAsync();

        var noReason = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new SuspendMembership(id, " ")));
        var noDate = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new WithdrawMembership(id, "", default)));

        Assert.That(noReason!.Errors.Keys, Is.EqualTo(new[] { "Reason" }));
        Assert.That(noDate!.Errors.Keys, Is.EquivalentTo(new[] { "Reason", "EffectiveOn" }));
        Assert.That((await SendAsync(new GetCoop(id))).Status, Is.EqualTo(Active));
        Assert.That(await CountAsync<MembershipChange>(), Is.EqualTo(1));
    }

    [Test]
    public void ATransitionOfAnUnknownCoopIsNotFound()
    {
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new LapseMembership(4242, "Dues")));
    }

    [Test]
    public async Task RepsAndMentorsCannotChangeAMembership()
    {
        var id = await AddActiveCoopAsync();

        RunAsRep(id);
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new WithdrawMembership(id, "We quit", Today)));
        RunAsMentor();
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new SuspendMembership(id, "Because")));

        RunAsStaff();
        Assert.That((await SendAsync(new GetCoop(id))).Status, Is.EqualTo(Active));
    }
}

public sealed class SubmitApplicationTests : TestBase
{
    private static SubmitApplication Application() => new()
    {
        LegalName = "Green Mountain Software Cooperative",
        Kind = CoopKind.StartupInDevelopment,
        Sector = "Software",
        Town = "Brattleboro",
        State = "VT",
        PostalCode = "05301",
        Region = Region.SouthernVermont,
        WorkerOwners = 4,
        Email = "hello@gmsoft.example.coop",
        ContactName = "Ana Souza",
        ContactEmail = "ana@gmsoft.example.coop",
        ContactRole = "Founder",
        Motivation = "We want to learn from other worker co-ops.",
    };

    [Test]
    public async Task AnyoneCanApplyAndTheApplicantItsContactAndAConfirmationEmailAreCreated()
    {
        RunAnonymously();

        var id = await SendAsync(Application());

        RunAsStaff();
        var coop = await SendAsync(new GetCoop(id));
        Assert.That(coop.Status, Is.EqualTo(Applicant));
        Assert.That(coop.LegalName, Is.EqualTo("Green Mountain Software Cooperative"));
        var contact = coop.People.Single();
        Assert.That((contact.FullName, contact.Email, contact.Role, contact.IsPrimaryContact),
            Is.EqualTo(("Ana Souza", "ana@gmsoft.example.coop", "Founder", true)));
        var applied = coop.History.Single();
        Assert.That(applied.Transition, Is.EqualTo(MembershipTransition.Apply));
        Assert.That(applied.Reason, Is.EqualTo("We want to learn from other worker co-ops."));
        var email = (await WithDbAsync(db => db.OutboxMessages.ToListAsync())).Single();
        Assert.That(email.To, Is.EqualTo("ana@gmsoft.example.coop"));
        // The address is unconfirmed: the acknowledgement is a fixed text that repeats nothing the sender typed.
        Assert.That(email.Subject + email.Body, Does.Not.Contain("Green Mountain Software Cooperative").And.Not.Contain("learn from other"));
        Assert.That(email.Status, Is.EqualTo(OutboxStatus.Pending));
        Assert.That(RecordingEmailSender.Sent, Is.Empty, "the email waits in the outbox for the sender job");
        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Command == nameof(SubmitApplication)).ToListAsync());
        Assert.That(audit.Select(a => a.EntityType), Is.SupersetOf(new[] { nameof(Cooperative), nameof(Person), nameof(MembershipChange) }));
        Assert.That(audit.All(a => a.CooperativeId == id && a.UserId == null), Is.True);
    }

    [Test]
    public async Task AnApplicationWithoutContactDetailsIsRefusedAndLeavesNoTrace()
    {
        RunAnonymously();

        var refused = Assert.ThrowsAsync<ValidationException>(() => SendAsync(Application() with { ContactName = "", ContactEmail = "ana", LegalName = "" }));

        Assert.That(refused!.Errors.Keys, Is.EquivalentTo(new[] { "ContactName", "ContactEmail", "LegalName" }));
        Assert.That(await CountAsync<Cooperative>(), Is.Zero);
        Assert.That(await CountAsync<Person>(), Is.Zero);
        Assert.That(await CountAsync<OutboxMessage>(), Is.Zero);
        Assert.That(await CountAsync<AuditEntry>(), Is.Zero);
    }
}
