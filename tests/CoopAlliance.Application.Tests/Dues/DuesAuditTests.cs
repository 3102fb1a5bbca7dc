using System.Text.Json;
using CoopAlliance.Application.Audit;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Dues;

namespace CoopAlliance.Application.Tests.Dues;

/// <summary>A co-op's audit trail tells its dues story too, including the invoices runs write in bulk.</summary>
public sealed class DuesAuditTests : DuesTestBase
{
    [Test]
    public async Task InvoicesIssuedByARunAppearInTheCoopsAuditTrailWithWhoStartedTheRun()
    {
        await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync();
        var other = await AddActiveCoopAsync("Other Co-op");
        Clock.Set(2027, 1, 1, 11);
        await SendAsync(new RunInvoices("2027-01"));
        var invoice = (await InvoicesAsync()).Single(i => i.CooperativeId == coop);
        Clock.Set(2027, 1, 5, 9);
        await SendAsync(new RecordPayment(invoice.Id, 40m, Clock.Today, PaymentMethod.Check, "1041"));

        var trail = await SendAsync(new ListAuditEntries(coop));

        var issued = trail.Items.Single(e => e is { EntityType: "Invoice", Command: nameof(RunInvoices) });
        Assert.That(issued.EntityId, Is.EqualTo(invoice.Id.ToString()));
        Assert.That(issued.UserName, Is.EqualTo("Sam Staff"), "who started the run");
        Assert.That(issued.At, Is.EqualTo(new DateTimeOffset(2027, 1, 1, 11, 0, 0, TimeSpan.Zero)));
        Assert.That(issued.Action, Is.EqualTo("Added"));
        var changes = JsonDocument.Parse(issued.Changes).RootElement;
        Assert.That(changes.GetProperty("PeriodKey").GetProperty("New").GetString(), Is.EqualTo("2027-01"));
        Assert.That(changes.GetProperty("Total").GetProperty("New").GetDecimal(), Is.EqualTo(100m));
        Assert.That(trail.Items[0].EntityType, Is.EqualTo(nameof(Payment)), "newest first: the payment came after the invoice");
        Assert.That(trail.Items.ToList().IndexOf(issued), Is.GreaterThan(0));
        Assert.That(trail.Total, Is.EqualTo(trail.Items.Count));
        Assert.That((await SendAsync(new ListAuditEntries(other))).Items.Where(e => e.EntityType == "Invoice").Select(e => e.EntityId),
            Does.Not.Contain(invoice.Id.ToString()), "another co-op's trail has only its own invoice");
    }

    [Test]
    public async Task TheTrailPagesThroughRecordedChangesAndRunInvoicesAlike()
    {
        await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync();
        foreach (var (period, day) in new[] { ("2027-01", 1), ("2027-02", 32), ("2027-03", 60) })
        {
            Clock.Set(2027, 1, 1, 11);
            Clock.Advance(TimeSpan.FromDays(day - 1));
            await SendAsync(new RunInvoices(period));
            var invoice = (await InvoicesAsync(period)).Single();
            Clock.Advance(TimeSpan.FromDays(2));
            await SendAsync(new RecordPayment(invoice.Id, 100m, Clock.Today, PaymentMethod.Ach, null));
        }

        var all = await SendAsync(new ListAuditEntries(coop, 1, 100));
        var pages = new List<AuditEntryDto>();
        for (var page = 1; page <= (all.Total + 2) / 3; page++)
        {
            pages.AddRange((await SendAsync(new ListAuditEntries(coop, page, 3))).Items);
        }

        Assert.That(all.Items.Count(e => e.Command == nameof(RunInvoices)), Is.EqualTo(3));
        Assert.That(all.Items.Count(e => e.Command == nameof(RecordPayment)), Is.GreaterThanOrEqualTo(3));
        Assert.That(all.Total, Is.EqualTo(all.Items.Count));
        Assert.That(pages.Select(e => (e.EntityType, e.EntityId)), Is.EqualTo(all.Items.Select(e => (e.EntityType, e.EntityId))),
            "small pages list the same entries in the same order, none twice or lost");
        Assert.That(all.Items.Select(e => e.At), Is.Ordered.Descending);
    }
}
