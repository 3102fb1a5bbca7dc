using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Membership;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Membership;

public sealed class ApproveApplicationTests : TestBase
{
    [Test]
    public async Task ApprovingAnApplicationUnderReviewMakesTheCoopActiveAndRecordsWhoAndWhy()
    {
        var id = await AddApplicantAsync();
        await SendAsync(new StartReview(id, "Documents received"));

        await SendAsync(new ApproveApplication(id, Clock.Today.AddDays(-2), "Unanimous"));

        var coop = await SendAsync(new GetCoop(id));
        Assert.That(coop.Status, Is.EqualTo(MembershipStatus.Active));
        Assert.That(coop.MemberSince, Is.EqualTo(Clock.Today.AddDays(-2)));
        var approval = coop.History.First();
        Assert.That(approval.Transition, Is.EqualTo(MembershipTransition.Approve));
        Assert.That(approval.ByName, Is.EqualTo("Sam Staff"));
        Assert.That(approval.Reason, Is.EqualTo("Unanimous"));
        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Command == nameof(ApproveApplication)).ToListAsync());
        Assert.That(audit.Select(a => a.EntityType), Does.Contain(nameof(Cooperative)));
        Assert.That(audit.Single(a => a.EntityType == nameof(Cooperative)).Changes, Does.Contain("UnderReview").And.Contain("Active"));
    }

    [Test]
    public async Task ApprovingAnApplicantNotYetUnderReviewIsRefusedAndChangesNothing()
    {
        var id = await AddApplicantAsync();

        var refused = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new ApproveApplication(id, Clock.Today, null)));

        Assert.That(refused!.Message, Does.Contain("applicant"));
        var coop = await SendAsync(new GetCoop(id));
        Assert.That(coop.Status, Is.EqualTo(MembershipStatus.Applicant));
        Assert.That(await CountAsync<AuditEntry>(), Is.Zero);
    }

    [Test]
    public async Task ARepCannotApproveEvenTheirOwnCoop()
    {
        var id = await AddApplicantAsync();
        RunAsRep(id);

        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ApproveApplication(id, Clock.Today, null)));
    }
}
