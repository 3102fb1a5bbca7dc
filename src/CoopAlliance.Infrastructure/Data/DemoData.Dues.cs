using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// Demo dues: a monthly policy from two months ago, self-reports, three months of invoices with their run logs, and
/// payments that leave the co-ops in every state — paid up, in credit, partially paid (the rep's co-op, so
/// rep@demo.coop has a balance), and overdue.
/// </summary>
public sealed partial class DemoData
{
    private async Task SeedDuesAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var today = clock.DateOf(now);
        var current = BillingPeriod.Containing(BillingFrequency.Monthly, today);
        var first = BillingPeriod.Containing(BillingFrequency.Monthly, current.Start.AddMonths(-2));

        var policy = new DuesPolicy("Alliance dues", first.Start, BillingFrequency.Monthly, 30, 25,
        [
            new DuesTier("Worker co-ops", [CoopKind.WorkerCoop], [DuesComponent.PercentOfWages(0.15m, 300, 3000)]),
            new DuesTier("Democratic workplaces, start-ups and conversions", [],
                [DuesComponent.PerWorkerOwner([new WorkerOwnerStep(1, 200), new WorkerOwnerStep(3, 100), new WorkerOwnerStep(null, 50)])], 2, 50),
        ], now.AddDays(-90));
        db.DuesPolicies.Add(policy);

        var members = await db.Cooperatives.Where(c => c.Status == MembershipStatus.Active || c.Status == MembershipStatus.Lapsed)
            .OrderBy(c => c.Id).ToListAsync(ct);
        var reports = new Dictionary<int, DuesSelfReport>();
        foreach (var coop in members.Where(c => c.Kind == CoopKind.WorkerCoop))
        {
            var report = new DuesSelfReport(coop.Id, today.Year - 1);
            var wages = coop.LegalName == RepCoop ? 412_000m : coop.WorkerOwners * 36_500m;
            report.Submit(wages, wages * 1.6m, coop.WorkerOwners, true, new Actor(null, $"{coop.DisplayName} (demo rep)"), now.AddDays(-100));
            db.DuesSelfReports.Add(report);
            reports[coop.Id] = report;
        }

        await db.SaveChangesAsync(ct);

        var invoices = new List<Invoice>();
        for (var period = first; period.Start <= current.Start; period = period.Next())
        {
            var issued = period.Start;
            var run = new InvoiceRun(period.Key, policy.Id, "System", Guid.NewGuid(), new DateTimeOffset(issued.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero));
            db.InvoiceRuns.Add(run);
            await db.SaveChangesAsync(ct);
            var billable = members.Where(c => c.MemberSince is null || c.MemberSince <= period.End).ToList();
            run.Begin(billable.Count);
            decimal billed = 0;
            foreach (var coop in billable)
            {
                var draft = DuesCalculator.Compute(policy, period, new DuesMember(coop.Id, coop.Kind, coop.MemberSince),
                    DuesFigures.For(coop.WorkerOwners, reports.GetValueOrDefault(coop.Id)), []);
                if (draft is not null)
                {
                    var invoice = new Invoice(coop.Id, policy.Id, period, issued, policy.DueDays, draft, run.Id);
                    invoices.Add(invoice);
                    db.Invoices.Add(invoice);
                    billed += draft.Total;
                }
            }

            run.Progress(billable.Count, billable.Count, 0, 0, billed, run.StartedAt.AddSeconds(2));
            run.Succeed(run.StartedAt.AddSeconds(2));
        }

        await db.SaveChangesAsync(ct);

        // Payments: most co-ops pay each invoice ten days after it is issued, except the current one.
        var staff = new Actor(null, "Sam Staff (demo)");
        var methods = new[] { PaymentMethod.Check, PaymentMethod.Ach, PaymentMethod.Card };
        var index = 0;
        foreach (var coop in members)
        {
            index++;
            var mine = invoices.Where(i => i.CooperativeId == coop.Id).OrderBy(i => i.IssuedOn).ToList();
            if (coop.Status == MembershipStatus.Lapsed || index % 7 == 3)
            {
                continue; // behind on dues
            }

            for (var n = 0; n < mine.Count - 1; n++)
            {
                var invoice = mine[n];
                var amount = invoice.Total;
                if (coop.LegalName == RepCoop && n == mine.Count - 2)
                {
                    amount = Money.RoundToCent(invoice.Total / 2); // the rep's co-op paid half of last month
                }
                else if (index % 5 == 0 && n == mine.Count - 2)
                {
                    amount = Math.Ceiling(invoice.Total / 100) * 100; // rounded up: credit toward this month
                }

                var on = invoice.IssuedOn.AddDays(10);
                db.Payments.Add(new Payment(coop.Id, invoice.Id, amount, on, methods[(index + n) % methods.Length], $"{methods[(index + n) % methods.Length]} {1000 + (index * 10) + n}",
                    staff, new DateTimeOffset(on.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero)));
            }
        }

        var bicycle = members.FirstOrDefault(c => c.LegalName == "Brattleboro Bicycle Collective");
        if (bicycle is not null)
        {
            db.DuesCredits.Add(DuesCredit.Labor(bicycle.Id, 6, policy.LaborHourValue, today.AddDays(-5), "Bike-valet crew at the alliance's summer assembly",
                staff, now.AddDays(-5)));
        }

        await db.SaveChangesAsync(ct);
    }
}
