using CoopAlliance.Application.Common.Behaviours;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Dashboard;
using CoopAlliance.Application.DataReview;
using CoopAlliance.Application.PublicDirectory;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Operations;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Application.Tests;

public sealed class PipelineTests : TestBase
{
    [Test]
    public void ThePipelineRunsLoggingHoneypotAuthorizationValidationUnitOfWorkThenAudit()
    {
        using var scope = Testing.Services.CreateScope();

        var order = scope.ServiceProvider.GetServices<IPipelineBehavior<CreateCoop, int>>()
            .Select(b => b.GetType().GetGenericTypeDefinition()).ToList();

        Assert.That(order, Is.EqualTo(new[]
        {
            typeof(UnhandledExceptionBehaviour<,>), typeof(HoneypotBehaviour<,>), typeof(AuthorizationBehaviour<,>), typeof(ValidationBehaviour<,>),
            typeof(UnitOfWorkBehaviour<,>), typeof(AuditBehaviour<,>),
        }));
    }

    [Test]
    public async Task ACallerWithoutTheRoleIsRefusedBeforeTheirInputIsValidated()
    {
        RunAsRep(await AddActiveCoopAsync());

        // A field error would tell an unauthorised caller something about the request; they only learn "not allowed".
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new CreateCoop { LegalName = "" }));
    }

    [Test]
    public async Task ThePublicDirectoryNeedsNoSignInAndListsOnlyActiveMembers()
    {
        var active = await AddActiveCoopAsync("Pioneer Valley Bread Cooperative");
        await AddActiveCoopAsync("Brattleboro Printing Cooperative", status: MembershipStatus.Suspended);
        await AddApplicantAsync();
        RunAnonymously();

        var directory = await SendAsync(new ListDirectory(null, null));

        Assert.That(directory.Items.Select(e => e.Id), Is.EqualTo(new[] { active }));
        Assert.That(directory.Items[0].Sector, Is.EqualTo("Bakery"));
    }

    [Test]
    public async Task TheStaffDashboardCountsWhatNeedsAttention()
    {
        await AddApplicantAsync();
        await AddActiveCoopAsync(status: MembershipStatus.UnderReview);
        var incomplete = await AddActiveCoopAsync("Franklin County Solar Cooperative");
        await WithDbAsync(async db =>
        {
            var coop = await db.Cooperatives.FindAsync(incomplete);
            coop!.UpdateProfile(coop.Profile with { Phone = null });
            db.OutboxMessages.Add(new OutboxMessage("maria@bread.example.coop", "Hello", "Hello", Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        await SendAsSystemAsync(new RunDataReview(Clock.Today));

        var dashboard = await SendAsync(new GetStaffDashboard());

        Assert.That((dashboard.PendingApplications, dashboard.UnderReview, dashboard.IncompleteRecords, dashboard.PendingEmails, dashboard.FailedEmails),
            Is.EqualTo((1, 1, 1, 1, 0)));
        Assert.That(dashboard.LastRuns.Select(r => (r.Job, r.Status)), Is.EqualTo(new[] { (RunDataReview.JobName, JobRunStatus.Succeeded) }));
        RunAsRep(incomplete);
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new GetStaffDashboard()));
    }
}
