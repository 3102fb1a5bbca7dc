using CoopAlliance.Infrastructure.Jobs;
using CoopAlliance.Web.Tests.Support;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Web.Tests;

/// <summary>The jobs as the app registers them: Hangfire finds every one in the app's services.</summary>
public sealed class JobsTests : WebTest
{
    [Test]
    public void EveryRecurringJobTheAppSchedulesIsRegisteredInItsServices()
    {
        using var connection = App.Services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = connection.GetRecurringJobs();
        using var scope = App.Services.CreateScope();

        var declared = typeof(JobSchedule).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.That(recurring.Select(j => j.Id), Is.EquivalentTo(declared), "every schedule of JobSchedule is registered at start-up");
        Assert.Multiple(() =>
        {
            foreach (var job in recurring)
            {
                Assert.That(job.LoadException, Is.Null, job.Id);
                Assert.That(scope.ServiceProvider.GetService(job.Job.Type), Is.Not.Null, $"{job.Id}: {job.Job.Type.Name} is not registered");
            }

            Assert.That(scope.ServiceProvider.GetService<InvoiceRunJob>(), Is.Not.Null, "the queued invoice run");
        });
    }
}
