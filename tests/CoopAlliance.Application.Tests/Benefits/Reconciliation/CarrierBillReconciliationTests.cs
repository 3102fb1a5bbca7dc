using System.Text;
using CoopAlliance.Application.Benefits.Reconciliation;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Tests.Benefits.Premiums;
using CoopAlliance.Domain.Benefits;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Benefits.Reconciliation;

/// <summary>Uploading a carrier's bill: read through the carrier's saved columns, compared with the coverage in force on the month's first day, stored.</summary>
public sealed class CarrierBillReconciliationTests : PremiumTestBase
{
    [Test]
    public async Task ABillIsReconciledThroughTheSavedColumnsAndEveryKindOfDiscrepancyIsFoundAndStored()
    {
        RunAsStaff();
        var yearId = await AddPlanYearAsync();
        var carrierId = await WithDbAsync(db => db.PlanYears.Where(y => y.Id == yearId).Select(y => y.Plan.CarrierId).SingleAsync());
        var coop = await AddActiveCoopAsync();
        await JoinAsync(coop, yearId);
        var ana = await EnrollAsync(coop, yearId);
        var ben = await EnrollAsync(coop, yearId, null, DependentRelationship.Spouse, DependentRelationship.Child);
        var cy = await EnrollAsync(coop, yearId);
        var left = await EnrollAsync(coop, yearId);
        await EndCoverageAsync(left, new DateOnly(2026, 12, 31)); // never covered in January: not expected
        var csv = "Group;Member;Amount;Name\n" +
                  $"GRP-{coop};{BenefitMember.MemberNumberOf(ana)};512.00;Worker A\n" +
                  $"GRP-{coop};{BenefitMember.MemberNumberOf(ben)};$1,400.00;Worker B\n" +
                  $"GRP-{coop};CA999999;300.00;Somebody Else\n" +
                  $"GRP-{coop};CA000777;lots;Bad Row\n";
        var bill = new ReconcileCarrierBill(carrierId, "2027-01", "january.csv", Encoding.UTF8.GetBytes(csv));

        var noColumns = Assert.ThrowsAsync<ValidationException>(() => SendAsync(bill))!;
        Assert.That(noColumns.Errors["carrierId"][0], Does.Contain("Set up the columns"));
        var twice = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new SaveCarrierBillMapping(carrierId, new CarrierBillMapping("Group", "group", "Amount"))))!;
        Assert.That(twice.Errors.Values.SelectMany(v => v), Does.Contain("Each header can stand for one thing only."));
        Assert.That(await WithDbAsync(db => db.Carriers.Where(c => c.Id == carrierId).Select(c => c.BillMappingJson).SingleAsync()), Is.Null);
        await SendAsync(new SaveCarrierBillMapping(carrierId, new CarrierBillMapping("Group", "Member", "Amount", "Name", Delimiter: ";")));

        var result = await SendAsync(bill);

        Assert.Multiple(() =>
        {
            Assert.That(result.Upload.Matched, Is.EqualTo(1));
            Assert.That(result.Problems.Select(p => p.RowNumber), Is.EqualTo(new[] { 4 }));
            var kinds = result.Discrepancies.Select(d => (d.Kind, d.MemberId)).ToList();
            Assert.That(kinds, Is.EquivalentTo(new[]
            {
                (DiscrepancyKind.PremiumDifference, BenefitMember.MemberNumberOf(ben)),
                (DiscrepancyKind.EnrolledNotBilled, BenefitMember.MemberNumberOf(cy)),
                (DiscrepancyKind.BilledNotEnrolled, "CA999999"),
            }));
            var premium = result.Discrepancies.Single(d => d.Kind == DiscrepancyKind.PremiumDifference);
            Assert.That((premium.Expected, premium.Billed, premium.Difference), Is.EqualTo((1480m, 1400m, -80m)));
            Assert.That(result.Upload.ExpectedTotal, Is.EqualTo(512m + 1480m + 512m));
            Assert.That(result.Upload.BilledTotal, Is.EqualTo(512m + 1400m + 300m));
            Assert.That(result.ByCoop.Single().Discrepancies, Is.EqualTo(3));
        });
        var stored = await WithDbAsync(db => db.CarrierBillUploads.AsNoTracking().SingleAsync());
        Assert.That((stored.PeriodKey, stored.FileName, stored.Discrepancies, stored.RowProblems, stored.Matched), Is.EqualTo(("2027-01", "january.csv", 3, 1, 1)));

        var report = Encoding.UTF8.GetString((await SendAsync(new GetDiscrepancyCsv(stored.Id))).Content);
        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(4));
        Assert.That(report, Does.Contain("Premium differs").And.Contain("1480.00,1400.00,-80.00").And.Contain("Billed but not enrolled"));
        Assert.That((await SendAsync(new ListCarrierBillUploads())).Single().Id, Is.EqualTo(stored.Id));
    }

    [Test]
    public async Task ABadMonthOrNoFileIsRefusedAndNothingIsStored()
    {
        RunAsStaff();
        var yearId = await AddPlanYearAsync();
        var carrierId = await WithDbAsync(db => db.PlanYears.Where(y => y.Id == yearId).Select(y => y.Plan.CarrierId).SingleAsync());

        var refused = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new ReconcileCarrierBill(carrierId, "January", "bill.csv", [])))!;

        Assert.That(refused.Errors.Keys, Is.SupersetOf(new[] { "Month", "Data" }));
        Assert.That(await CountAsync<CarrierBillUpload>(), Is.Zero);
    }
}
