using CoopAlliance.Domain.Dues;

namespace CoopAlliance.Domain.Tests.Dues;

public sealed class DuesAccountTests
{
    private static readonly DateOnly Jan1 = new(2027, 1, 1);

    private static InvoiceFacts Invoice(int id, DateOnly issued, decimal total, bool isVoid = false) =>
        new(id, $"2027-{issued.Month:00}", issued, issued.AddDays(30), total, isVoid);

    [Test]
    public void APartialPaymentLeavesThePartOwedAndAnOverpaymentSettlesTheNextInvoice()
    {
        var jan = Invoice(1, Jan1, 100);
        var feb = Invoice(2, Jan1.AddMonths(1), 100);
        Settlement[] payments =
        [
            new(SettlementKind.Payment, 1, Jan1.AddDays(5), 40, 1),
            new(SettlementKind.Payment, 2, Jan1.AddDays(10), 90, 1),
        ];

        var beforeFeb = DuesAccount.Derive([jan], payments, Jan1.AddDays(11));
        var afterFeb = DuesAccount.Derive([jan, feb], payments, Jan1.AddMonths(1));

        Assert.That(beforeFeb.Invoices[0].Status, Is.EqualTo(InvoiceStatus.Paid));
        Assert.That(beforeFeb.UnappliedCredit, Is.EqualTo(30));
        Assert.That(beforeFeb.Balance, Is.EqualTo(-30));
        Assert.That(afterFeb.Invoices[1].Status, Is.EqualTo(InvoiceStatus.PartiallyPaid));
        Assert.That(afterFeb.Invoices[1].Outstanding, Is.EqualTo(70));
        Assert.That(afterFeb.Balance, Is.EqualTo(70));
    }

    [Test]
    public void AnUnpaidInvoicePastItsDueDateIsOverdueAndAVoidOneCountsForNothing()
    {
        var account = DuesAccount.Derive([Invoice(1, Jan1, 100), Invoice(2, Jan1, 50, isVoid: true)],
            [new Settlement(SettlementKind.Payment, 1, Jan1, 20, 2)], Jan1.AddDays(45));

        Assert.That(account.Invoices[0].Status, Is.EqualTo(InvoiceStatus.Overdue));
        Assert.That(account.Invoices[0].DaysOverdue, Is.EqualTo(15));
        Assert.That(account.Invoices[1].Status, Is.EqualTo(InvoiceStatus.Void));
        // What was paid on the void invoice became credit and went to the other one.
        Assert.That(account.Invoices[0].Outstanding, Is.EqualTo(80));
        Assert.That(account.Balance, Is.EqualTo(80));
        Assert.That(account.Standing(60), Is.EqualTo(DuesStanding.Overdue));
        Assert.That(DuesAccount.Derive([Invoice(1, Jan1, 100)], [], Jan1.AddDays(91)).Standing(60), Is.EqualTo(DuesStanding.PastGrace));
    }
}
