using System.Globalization;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

public sealed partial class DuesPageTests
{
    /// <summary>
    /// The demo data invoices the current month already: the Runs page must not propose it again, but the first month
    /// not invoiced yet, with the due date its scheduled run gives (its first day + the policy's 30 days), in the form,
    /// in words above it and in its preview.
    /// </summary>
    [Test]
    public async Task TheRunsPageProposesTheFirstPeriodNotInvoicedYetDueAsTheScheduledRunMakesIt()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var invoiced = await App.WithDbAsync(db => db.InvoiceRuns.Where(r => r.Status == InvoiceRunStatus.Succeeded).Select(r => r.PeriodKey).ToListAsync());
        var current = BillingPeriod.Containing(BillingFrequency.Monthly, App.Today);
        Assert.That(invoiced, Does.Contain(current.Key), "the demo data invoices the current month");
        var next = current;
        while (invoiced.Contains(next.Key))
        {
            next = next.Next();
        }

        var due = next.Start.AddDays(30).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

        var html = await (await staff.GetAsync("/Dues/Runs")).Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain($"name=\"period\" value=\"{next.Key}\""));
        Assert.That(html, Does.Contain($"Next to invoice: <strong>{next.Describe()}</strong>"));
        Assert.That(html, Does.Contain($"<strong>{due}</strong>, the same day the scheduled run gives them"));

        var preview = await (await staff.GetAsync($"/Dues/Runs?period={next.Key}")).Content.ReadAsStringAsync();
        Assert.That(preview, Does.Contain($"Preview of {next.Describe()}").And.Contain($"due {due}."));
    }
}
