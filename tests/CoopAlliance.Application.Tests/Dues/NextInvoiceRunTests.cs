using CoopAlliance.Application.Dues;

namespace CoopAlliance.Application.Tests.Dues;

/// <summary>
/// What the Runs page proposes: the next period not invoiced yet, and the due date the scheduled run gives, which is
/// the one an early run, a backfill and the preview give too (<see cref="Domain.Dues.Invoice.DueDate"/>).
/// </summary>
public sealed class NextInvoiceRunTests : DuesTestBase
{
    [Test]
    public async Task BeforeAnyRunTheCurrentPeriodIsProposedDueAsTheScheduledRunMakesIt()
    {
        await AddMonthlyPolicyAsync();

        var next = await SendAsync(new GetNextInvoiceRun(Clock.Today));

        Assert.That(next, Is.EqualTo(new NextInvoiceRunDto("2027-01", "January 2027", new DateOnly(2027, 1, 31), Missed: false)));
    }

    [Test]
    public async Task OnceAPeriodIsInvoicedTheNextOneIsProposedAndAnEarlyRunKeepsTheScheduledDueDate()
    {
        await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync();
        await SendAsync(new RunInvoices("2027-01"));

        var next = await SendAsync(new GetNextInvoiceRun(Clock.Today));
        var preview = await SendAsync(new PreviewInvoiceRun("2027-02"));
        await SendAsync(new RunInvoices("2027-02")); // on January 1st, a month early

        // The monthly job would invoice February on February 1st: due 30 days later, whoever starts it and whenever.
        Assert.That((next!.PeriodKey, next.DueOn), Is.EqualTo(("2027-02", new DateOnly(2027, 3, 3))));
        Assert.That(preview.DueOn, Is.EqualTo(next.DueOn));
        var invoice = (await InvoicesAsync("2027-02")).Single(i => i.CooperativeId == coop);
        Assert.That((invoice.IssuedOn, invoice.DueOn), Is.EqualTo((new DateOnly(2027, 1, 1), next.DueOn)));
        Assert.That((await SendAsync(new GetNextInvoiceRun(Clock.Today)))!.PeriodKey, Is.EqualTo("2027-03"));
    }

    [Test]
    public async Task AMissedPeriodComesFirstAndIsDueCountedFromTheDayItIsInvoiced()
    {
        await AddMonthlyPolicyAsync();
        await AddActiveCoopAsync();
        await SendAsync(new RunInvoices("2027-01"));
        Clock.Set(2027, 3, 10, 11);

        var next = await SendAsync(new GetNextInvoiceRun(Clock.Today));
        var scheduled = await SendAsync(new RunScheduledInvoices(Clock.Today));

        Assert.That(next, Is.EqualTo(new NextInvoiceRunDto("2027-02", "February 2027", new DateOnly(2027, 4, 9), Missed: true)));
        Assert.That((await InvoicesAsync("2027-02")).Single().DueOn, Is.EqualTo(next!.DueOn), "the backfill the job makes");
        Assert.That(scheduled.Select(r => r.PeriodKey), Is.EqualTo(new[] { "2027-02", "2027-03" }));
    }

    [Test]
    public async Task WithoutAPolicyNothingIsProposed() =>
        Assert.That(await SendAsync(new GetNextInvoiceRun(Clock.Today)), Is.Null);
}
