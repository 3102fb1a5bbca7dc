using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Membership;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Dues;

public sealed class ArrearsTests : DuesTestBase
{
    [Test]
    public async Task RemindersGoOutOnceEachAtTheConfiguredDaysOverdue()
    {
        await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync();
        await SendAsync(new RunInvoices("2027-01")); // due January 31

        var onDueDate = await SendAsSystemAsync(new ProcessArrears(new DateOnly(2027, 1, 31)));
        var dayAfter = await SendAsSystemAsync(new ProcessArrears(new DateOnly(2027, 2, 1)));
        var week = await SendAsSystemAsync(new ProcessArrears(new DateOnly(2027, 2, 7)));
        var weekAgain = await SendAsSystemAsync(new ProcessArrears(new DateOnly(2027, 2, 7)));
        var month = await SendAsSystemAsync(new ProcessArrears(new DateOnly(2027, 3, 2)));

        Assert.That((onDueDate.NewlyOverdue, dayAfter.NewlyOverdue, dayAfter.RemindersQueued), Is.EqualTo((0, 1, 0)));
        Assert.That((week.RemindersQueued, weekAgain.RemindersQueued, month.RemindersQueued), Is.EqualTo((1, 0, 1)));
        var mail = await WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith("Reminder")).OrderBy(m => m.Id).ToListAsync());
        Assert.That(mail, Has.Count.EqualTo(2));
        Assert.That(mail[0].To, Is.EqualTo("info@example.coop"));
        Assert.That(mail[0].Body, Does.Contain("Your co-op owes $100.00 for January 2027. It was due January 31, 2027, 7 days ago."));
        Clock.Set(2027, 3, 2);
        var invoice = (await SendAsync(new ListCoopInvoices(coop))).Single();
        Assert.That((invoice.Status, invoice.DaysOverdue), Is.EqualTo((InvoiceStatus.Overdue, 30)));
    }

    [Test]
    public async Task ACoopPastTheGracePeriodLapsesAndIsReinstatedWhenItsBalanceIsSettled()
    {
        await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync();
        var other = await AddActiveCoopAsync("Paid-up Co-op");
        await SendAsync(new RunInvoices("2027-01"));
        var paidUp = (await SendAsync(new ListCoopInvoices(other))).Single();
        await SendAsync(new RecordPayment(paidUp.Id, 100m, Clock.Today, PaymentMethod.Check, null));

        var withinGrace = await SendAsSystemAsync(new ProcessArrears(new DateOnly(2027, 4, 1))); // 60 days overdue
        Assert.That(withinGrace.Lapsed, Is.Zero);
        var pastGrace = await SendAsSystemAsync(new ProcessArrears(new DateOnly(2027, 4, 2))); // 61 days
        Assert.That(pastGrace.Lapsed, Is.EqualTo(1));

        var lapsed = await WithDbAsync(db => db.Cooperatives.Include(c => c.History).SingleAsync(c => c.Id == coop));
        Assert.That(lapsed.Status, Is.EqualTo(MembershipStatus.Lapsed));
        Assert.That(lapsed.History.Last().Reason, Is.EqualTo("Dues unpaid: $100.00 for January 2027 is 61 days overdue (grace period 60 days)"));
        Assert.That((await WithDbAsync(db => db.Cooperatives.SingleAsync(c => c.Id == other))).Status, Is.EqualTo(MembershipStatus.Active));
        Assert.That((await SendAsync(new GetDuesAccount(coop))).InGoodStanding, Is.False);

        Clock.Set(2027, 4, 5);
        var invoice = (await SendAsync(new ListCoopInvoices(coop))).Single();
        await SendAsync(new RecordPayment(invoice.Id, 60m, Clock.Today, PaymentMethod.Check, null));
        Assert.That((await WithDbAsync(db => db.Cooperatives.SingleAsync(c => c.Id == coop))).Status, Is.EqualTo(MembershipStatus.Lapsed),
            "a partial payment does not settle the balance");
        await SendAsync(new RecordPayment(invoice.Id, 40m, Clock.Today, PaymentMethod.Check, null));

        var reinstated = await WithDbAsync(db => db.Cooperatives.Include(c => c.History).SingleAsync(c => c.Id == coop));
        Assert.That(reinstated.Status, Is.EqualTo(MembershipStatus.Active));
        Assert.That(reinstated.History.OrderBy(h => h.Id).Last().Transition, Is.EqualTo(MembershipTransition.Reinstate));
        Assert.That(reinstated.History.OrderBy(h => h.Id).Last().Reason, Does.StartWith("Dues balance settled"));
    }

    [Test]
    public async Task TheStaffHomeCountsAndTheListShowsOnlyInvoicesOverdueBeyondTheGracePeriod()
    {
        await AddMonthlyPolicyAsync();
        var late = await AddActiveCoopAsync("Late Co-op");
        var paying = await AddActiveCoopAsync("Paying Co-op");
        await SendAsync(new RunInvoices("2027-01")); // due January 31
        Clock.Set(2027, 2, 1);
        await SendAsync(new RunInvoices("2027-02")); // due March 3
        var paidUp = (await SendAsync(new ListCoopInvoices(paying))).Single(i => i.PeriodKey == "2027-01");
        await SendAsync(new RecordPayment(paidUp.Id, 100m, Clock.Today, PaymentMethod.Check, null));

        Clock.Set(2027, 4, 1); // January's invoice is 60 days overdue: still within the grace period
        var within = await SendAsync(new Dashboard.GetStaffDashboard());
        Clock.Set(2027, 4, 2); // 61 days
        var beyond = await SendAsync(new Dashboard.GetStaffDashboard());
        var listed = await SendAsync(new ListInvoices(PastGrace: true));

        Assert.That((within.InvoicesPastGrace, beyond.InvoicesPastGrace), Is.EqualTo((0, 1)));
        Assert.That(listed.Items.Select(i => (i.CoopName, i.PeriodKey, i.DaysOverdue)), Is.EqualTo(new[] { ("Late Co-op", "2027-01", 61) }),
            "not the paid invoice, nor February's, overdue for 30 days only");
    }

    [Test]
    public async Task ACoopLapsedByStaffForAnotherReasonIsNotReinstatedByPaying()
    {
        await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync();
        await SendAsync(new RunInvoices("2027-01"));
        await SendAsync(new LapseMembership(coop, "Stopped attending assemblies"));
        var invoice = (await SendAsync(new ListCoopInvoices(coop))).Single();

        await SendAsync(new RecordPayment(invoice.Id, 100m, Clock.Today, PaymentMethod.Check, null));
        await SendAsSystemAsync(new ProcessArrears(new DateOnly(2027, 1, 10)));

        Assert.That((await WithDbAsync(db => db.Cooperatives.SingleAsync(c => c.Id == coop))).Status, Is.EqualTo(MembershipStatus.Lapsed));
    }

    [Test]
    public async Task TheDailyJobReinstatesACoopWhoseCreditSettledItsBalance()
    {
        await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync();
        await SendAsync(new RunInvoices("2027-01"));
        await SendAsSystemAsync(new ProcessArrears(new DateOnly(2027, 4, 2)));
        Assert.That((await WithDbAsync(db => db.Cooperatives.SingleAsync(c => c.Id == coop))).Status, Is.EqualTo(MembershipStatus.Lapsed));

        await SendAsync(new IssueCreditNote(coop, null, 100m, "Board forgave January"));

        Assert.That((await WithDbAsync(db => db.Cooperatives.SingleAsync(c => c.Id == coop))).Status, Is.EqualTo(MembershipStatus.Active));
        Assert.That(await WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Subject.StartsWith("Reminder"))), Is.EqualTo(1), "one reminder: the 30-day one (7 days was passed while away)");
    }
}
