using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Financing;

namespace CoopAlliance.Domain.Tests.Financing;

/// <summary>
/// The fund's figures are derived from its rows and stay consistent after any sequence of contributions,
/// disbursements, payments (partial, early, late, payoffs), restructures and write-offs (ADR 0008).
/// </summary>
public sealed class FundLedgerTests
{
    private static readonly Actor Staff = new(1, "Rosa Staff");
    private static readonly DateTimeOffset Now = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private sealed class Fund
    {
        public List<decimal> Contributions { get; } = [];
        public List<Loan> Loans { get; } = [];
        public decimal Disbursed { get; set; }
        public decimal Received { get; set; }
        public decimal WrittenOff { get; set; }
        public DateOnly Today { get; set; } = new(2027, 1, 1);

        public FundPosition Position => FundLedger.Of(Contributions, Loans.Select(l => l.FundFigures(Today)));
    }

    [Test]
    public void TheFiguresHoldAfterAnySequenceOfOperations([Range(1, 300)] int seed)
    {
        var random = new Random(seed);
        var fund = new Fund();
        for (var step = 0; step < 40; step++)
        {
            fund.Today = fund.Today.AddDays(random.Next(0, 35));
            var before = fund.Position;
            var what = random.Next(6);
            switch (what)
            {
                case 0:
                    var amount = Cents(random, 500m, 40_000m);
                    fund.Contributions.Add(amount);
                    break;
                case 1:
                    Disburse(random, fund, before);
                    break;
                case 2 or 3:
                    Pay(random, fund);
                    break;
                case 4:
                    if (Active(random, fund) is { } loan && random.Next(3) == 0)
                    {
                        loan.WriteOff(fund.Today, "Closed its doors", Staff);
                        fund.WrittenOff += loan.WrittenOffPrincipal;
                        var after = fund.Position;
                        Assert.That(after.CashAvailable, Is.EqualTo(before.CashAvailable), "A write-off moves no cash.");
                        Assert.That(before.OutstandingPrincipal - after.OutstandingPrincipal, Is.EqualTo(after.Losses - before.Losses),
                            "A write-off moves principal from outstanding to losses.");
                        Assert.That(after.Losses - before.Losses, Is.EqualTo(loan.WrittenOffPrincipal));
                    }

                    break;
                case 5:
                    if (Active(random, fund) is { } restructured)
                    {
                        try
                        {
                            restructured.Restructure(fund.Today, random.Next(4) == 0 ? 0m : random.Next(1, 13), random.Next(1, 48),
                                fund.Today.AddDays(random.Next(1, 60)), random.Next(3), random.Next(3), "Hard season", Staff, Now);
                        }
                        catch (DomainRuleException)
                        {
                            // Same-day payment or nothing owed: refused, nothing changed.
                        }

                        Assert.That(fund.Position, Is.EqualTo(before), "A restructure moves no money.");
                    }

                    break;
            }

            Check(fund, $"seed {seed}, step {step}");
        }
    }

    private static void Check(Fund fund, string where)
    {
        var p = fund.Position;
        Assert.Multiple(() =>
        {
            Assert.That(p.Contributions, Is.EqualTo(fund.Contributions.Sum()), where);
            Assert.That(p.Disbursed, Is.EqualTo(fund.Disbursed), where);
            Assert.That(p.Received, Is.EqualTo(fund.Received), where);
            Assert.That(p.Losses, Is.EqualTo(fund.WrittenOff), where);
            Assert.That(p.CashAvailable, Is.EqualTo(fund.Contributions.Sum() - fund.Disbursed + fund.Received), where);
            Assert.That(p.CashAvailable, Is.GreaterThanOrEqualTo(0m), where);
            Assert.That(p.OutstandingPrincipal, Is.EqualTo(p.Disbursed - p.PrincipalReturned - p.WrittenOff), where);
            Assert.That(p.OutstandingPrincipal, Is.GreaterThanOrEqualTo(0m), where);
            Assert.That(p.InterestReceived, Is.GreaterThanOrEqualTo(0m), where);
            Assert.That(p.Capital, Is.EqualTo(p.CashAvailable + p.OutstandingPrincipal), where);
            Assert.That(p.Capital, Is.EqualTo(p.Contributions - p.Losses + p.InterestReceived), where);
            var open = fund.Loans.Where(l => !l.IsWrittenOff).Sum(l => l.Principal - l.FundFigures(fund.Today).PrincipalReturned);
            Assert.That(p.OutstandingPrincipal, Is.EqualTo(open), where);
        });
    }

    private static void Disburse(Random random, Fund fund, FundPosition before)
    {
        var amount = Cents(random, 100m, 30_000m);
        var rate = random.Next(4) == 0 ? 0m : random.Next(1, 25) / 2m;
        var terms = new LoanTerms(amount, rate, random.Next(3, 37), fund.Today.AddDays(random.Next(1, 45)), random.Next(3), random.Next(3));
        var application = LoanPipelineTests.Approved(amount, terms);
        if (amount > before.CashAvailable)
        {
            Assert.Throws<DomainRuleException>(() => application.Disburse(fund.Today, before.CashAvailable, Staff, Now));
            Assert.That(fund.Position, Is.EqualTo(before));
            return;
        }

        fund.Loans.Add(application.Disburse(fund.Today, before.CashAvailable, Staff, Now));
        fund.Disbursed += amount;
        Assert.That(fund.Position.CashAvailable, Is.EqualTo(before.CashAvailable - amount));
        Assert.That(fund.Position.Capital, Is.EqualTo(before.Capital), "Lending moves cash into outstanding principal.");
    }

    private static void Pay(Random random, Fund fund)
    {
        if (Active(random, fund) is not { } loan)
        {
            return;
        }

        var payoff = loan.Position(fund.Today).Payoff;
        var installment = loan.Schedule.FirstOrDefault(r => r.DueOn >= fund.Today)?.Payment ?? payoff;
        var amount = random.Next(4) switch
        {
            0 => payoff,
            1 => Math.Min(payoff, Math.Max(0.01m, installment)),
            _ => Math.Min(payoff, Cents(random, 0.01m, Math.Max(0.02m, installment * 2))),
        };
        if (amount <= 0)
        {
            return;
        }

        loan.RecordPayment(fund.Today, amount, Staff, Now);
        fund.Received += amount;
        if (amount == payoff)
        {
            Assert.That(loan.Status(fund.Today), Is.EqualTo(LoanStatus.Repaid));
        }
    }

    private static Loan? Active(Random random, Fund fund)
    {
        var active = fund.Loans.Where(l => l.Status(fund.Today) == LoanStatus.Repaying).ToList();
        return active.Count == 0 ? null : active[random.Next(active.Count)];
    }

    private static decimal Cents(Random random, decimal min, decimal max) =>
        Money.RoundToCent(min + (decimal)random.NextDouble() * (max - min));
}
