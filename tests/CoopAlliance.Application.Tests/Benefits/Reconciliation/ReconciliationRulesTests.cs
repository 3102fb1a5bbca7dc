using System.Globalization;
using System.Text;
using CoopAlliance.Application.Benefits.Reconciliation;

namespace CoopAlliance.Application.Tests.Benefits.Reconciliation;

/// <summary>The finer rules of reading a bill and comparing it: amount spellings, half a cent, tiers apart from amounts, ordering, the report.</summary>
public sealed class ReconciliationRulesTests
{
    private static readonly CarrierBillMapping Mapping = new("Group", "Member ID", "Amount", "Name", "Tier");

    private static CarrierBill Read(string csv, CarrierBillMapping? mapping = null) =>
        CarrierBillReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), mapping ?? Mapping);

    private static ExpectedPremium Expected(string member, string name, string tier, decimal premium, string group = "G-1", int coopId = 1, string coop = "Pioneer Valley Bread") =>
        new(coopId, coop, group, int.Parse(member[2..], CultureInfo.InvariantCulture), member, name, tier, premium);

    private static BilledLine Billed(string member, decimal premium, string? tier = null, string group = "G-1", string? name = null) =>
        new(1, group, member, name, tier, premium, null);

    [TestCase("-$12.00", -12.00)]
    [TestCase("$-12.00", -12.00)]
    [TestCase("12.00-", -12.00)]
    [TestCase("($1,234.50)", -1234.50)]
    [TestCase(" $ 1,234.50 ", 1234.50)]
    [TestCase(".50", 0.50)]
    [TestCase("0", 0)]
    public void CreditsAndDollarSignsAreReadWhereverCarriersPutThem(string text, decimal amount)
    {
        Assert.Multiple(() =>
        {
            Assert.That(CarrierBillReader.TryAmount(text, out var read), Is.True);
            Assert.That(read, Is.EqualTo(amount));
        });
    }

    [TestCase("")]
    [TestCase("$")]
    [TestCase("12.00.00")]
    [TestCase("--12")]
    [TestCase("1e3")]
    [TestCase("twelve")]
    [TestCase("12 00")]
    public void WhatIsNotAnAmountIsNotGuessed(string text) =>
        Assert.That(CarrierBillReader.TryAmount(text, out _), Is.False);

    [Test]
    public void RowsAreNumberedAsDataRowsWithBlankLinesNotCounted()
    {
        var bill = Read("Group,Member ID,Name,Tier,Amount\n\nG-1,CA000001,Ana,EMP,512\n\n,,,,\nG-1,CA000002,Ben,EMP,\nG-1,CA000003,\"Cy\nDee\",EMP,1.00\nG-1,CA000004,Di,EMP,x\n");

        Assert.Multiple(() =>
        {
            Assert.That(bill.Lines.Select(l => (l.RowNumber, l.MemberId)), Is.EqualTo(new[] { (1, "CA000001"), (3, "CA000003") }));
            Assert.That(bill.Problems.Select(p => p.RowNumber), Is.EqualTo(new[] { 2, 4 }));
            Assert.That(bill.Problems[0].Message, Does.StartWith("Row 2:"));
            Assert.That(bill.Lines[1].MemberName, Is.EqualTo("Cy\nDee"), "a quoted line break stays inside its row");
        });
    }

    [Test]
    public void APipeSeparatedBillWithAByteOrderMarkAndPaddedHeadersIsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(" GROUP | member id |AMOUNT\r\nG-1|CA000001|$512.00\r\n")).ToArray();

        var bill = CarrierBillReader.Read(new MemoryStream(bytes), new CarrierBillMapping(" Group ", "Member ID", "Amount", Delimiter: "|"));

        Assert.Multiple(() =>
        {
            Assert.That(bill.Problems, Is.Empty);
            Assert.That(bill.Lines.Single(), Is.EqualTo(new BilledLine(1, "G-1", "CA000001", null, null, 512m, null)));
        });
    }

    [Test]
    public void AnEmptyFileIsOneProblem()
    {
        var bill = Read("");

        Assert.Multiple(() =>
        {
            Assert.That(bill.Lines, Is.Empty);
            Assert.That(bill.Problems.Single().Message, Does.Contain("header row"));
        });
    }

    [Test]
    public void HalfACentIsRoundingAndMoreIsADifference()
    {
        var result = BillReconciler.Compare(
            [Expected("CA000001", "Ana", "EMP", 512.00m), Expected("CA000002", "Ben", "EMP", 512.00m)],
            [Billed("CA000001", 512.005m), Billed("CA000002", 511.994m)]);

        Assert.Multiple(() =>
        {
            Assert.That(result.Matched, Is.EqualTo(1));
            Assert.That(result.Discrepancies.Single().MemberId, Is.EqualTo("CA000002"));
            Assert.That(result.Discrepancies.Single().Difference, Is.EqualTo(-0.006m));
        });
    }

    [Test]
    public void ATierAndAPremiumDifferenceAreBothReportedAndAMissingTierIsNotADifference()
    {
        var result = BillReconciler.Compare(
            [Expected("CA000001", "Ana", "EMP", 512m), Expected("CA000002", "Ben", "FAM", 1433.60m), Expected("CA000003", "Cy", "FAM", 1433.60m)],
            [Billed("CA000001", 1024m, "esp"), Billed("CA000002", 1433.60m, " fam "), Billed("CA000003", 1433.60m)]);

        Assert.Multiple(() =>
        {
            Assert.That(result.Discrepancies.Select(d => d.Kind), Is.EqualTo(new[] { DiscrepancyKind.PremiumDifference, DiscrepancyKind.TierDifference }));
            Assert.That(result.Discrepancies.Select(d => d.MemberId).Distinct(), Is.EqualTo(new[] { "CA000001" }));
            var tier = result.Discrepancies.Single(d => d.Kind == DiscrepancyKind.TierDifference);
            Assert.That((tier.ExpectedTier, tier.BilledTier, tier.Expected, tier.Billed), Is.EqualTo(("EMP", "esp", 512m, 1024m)));
            Assert.That(result.Matched, Is.EqualTo(2), "a tier written in another case, or not on the bill, still matches");
        });
    }

    [Test]
    public void TwoElectionsWithOneCarrierAreNotBilledTwiceButAThirdLineIs()
    {
        ExpectedPremium[] expected =
        [
            Expected("CA000001", "Ana", "EMP", 512m), Expected("CA000001", "Ana", "EMP-D", 40m),
            Expected("CA000002", "Ben", "EMP", 512m), Expected("CA000002", "Ben", "EMP-D", 40m),
            Expected("CA000003", "Cy", "EMP", 512m), Expected("CA000003", "Cy", "EMP-D", 40m),
        ];
        BilledLine[] billed =
        [
            Billed("CA000001", 512m, "EMP"), Billed("CA000001", 40m, "EMP-D"),   // a line per election
            Billed("CA000002", 552m),                                             // one line for both
            Billed("CA000003", 512m), Billed("CA000003", 40m), Billed("CA000003", 40m),
        ];

        var result = BillReconciler.Compare(expected, billed);

        Assert.Multiple(() =>
        {
            Assert.That(result.Matched, Is.EqualTo(2));
            var twice = result.Discrepancies.Single();
            Assert.That((twice.Kind, twice.MemberId, twice.Expected, twice.Billed), Is.EqualTo((DiscrepancyKind.BilledTwice, "CA000003", 552m, 592m)));
            Assert.That(twice.ExpectedTier, Is.EqualTo("EMP/EMP-D"));
        });
    }

    [Test]
    public void DiscrepanciesAreOrderedByCoopThenWorkerWithUnknownGroupsLast()
    {
        ExpectedPremium[] expected =
        [
            Expected("CA000001", "Zoe Ward", "EMP", 512m, "G-2", 2, "Sunrise Solar"),
            Expected("CA000002", "Amy Bell", "EMP", 512m, "G-2", 2, "Sunrise Solar"),
            Expected("CA000003", "Mia Cole", "EMP", 512m, "G-1", 1, "Acorn Bakery"),
        ];
        BilledLine[] billed = [Billed("CA000009", 100m, group: "G-7", name: "Al Unknown"), Billed("CA000008", 100m, group: "G-2", name: "Kim Left")];

        var result = BillReconciler.Compare(expected, billed);

        Assert.Multiple(() =>
        {
            Assert.That(result.Discrepancies.Select(d => (d.CoopName, d.WorkerName)), Is.EqualTo(new (string?, string?)[]
            {
                ("Acorn Bakery", "Mia Cole"), ("Sunrise Solar", "Amy Bell"), ("Sunrise Solar", "Kim Left"), ("Sunrise Solar", "Zoe Ward"), (null, "Al Unknown"),
            }));
            Assert.That(result.Discrepancies.Single(d => d.WorkerName == "Kim Left").CooperativeId, Is.EqualTo(2));
        });
    }

    [Test]
    public void EveryCoopOnEitherSideHasARowAndTheRowsAddUpToTheTotals()
    {
        ExpectedPremium[] expected =
        [
            Expected("CA000001", "Ana", "EMP", 512.10m, "G-2", 2, "Sunrise Solar"),
            Expected("CA000002", "Ben", "EMP", 0.10m, "G-2", 2, "Sunrise Solar"),
            Expected("CA000003", "Cy", "EMP", 0.20m, "G-1", 1, "Acorn Bakery"),
        ];
        BilledLine[] billed = [Billed("CA000001", 512.10m, group: "g2"), Billed("CA000002", 0.10m, group: "G 2"), Billed("CA000777", 99.99m, group: "G-7")];

        var result = BillReconciler.Compare(expected, billed);

        Assert.Multiple(() =>
        {
            Assert.That(result.ByCoop.Select(c => (c.CooperativeId, c.CoopName, c.Expected, c.Billed, c.Discrepancies)), Is.EqualTo(new (int?, string, decimal, decimal, int)[]
            {
                (1, "Acorn Bakery", 0.20m, 0m, 1),
                (2, "Sunrise Solar", 512.20m, 512.20m, 0),
                (null, "Unknown group G-7", 0m, 99.99m, 1),
            }));
            Assert.That((result.ExpectedTotal, result.BilledTotal), Is.EqualTo((512.40m, 612.19m)));
            Assert.That(result.ByCoop.Sum(c => c.Expected), Is.EqualTo(result.ExpectedTotal));
            Assert.That(result.ByCoop.Sum(c => c.Billed), Is.EqualTo(result.BilledTotal));
        });
    }

    [Test]
    public async Task TheReportNamesEveryKindInWordsWithInvariantAmountsAndNothingAfter()
    {
        ExpectedPremium[] expected =
        [
            Expected("CA000001", "Ana", "EMP", 1234.5m), Expected("CA000002", "Ben", "EMP", 512m),
            Expected("CA000003", "Cy", "EMP", 512m), Expected("CA000004", "Di", "EMP", 512m),
        ];
        BilledLine[] billed =
        [
            Billed("CA000001", 1200m, "EMP"), Billed("CA000002", 512m, "FAM"), Billed("CA000003", 512m), Billed("CA000003", 512m),
            Billed("CA000099", 10m, name: "=HYPERLINK(\"http://x\")"),
        ];
        var result = BillReconciler.Compare(expected, billed);
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        string text;
        try
        {
            using var output = new StringWriter(CultureInfo.GetCultureInfo("de-DE"));
            await DiscrepancyReport.WriteCsvAsync(output, result, CancellationToken.None);
            text = output.ToString();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        var lines = text.Split("\r\n");
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(7), "header, five discrepancies, and the empty rest after the last line end");
            Assert.That(lines[^1], Is.Empty);
            Assert.That(lines[1..^1].Select(l => l.Split(',')[0]), Is.EquivalentTo(new[]
            {
                "Premium differs", "Tier differs", "Billed twice", "Billed but not enrolled", "Enrolled but not billed",
            }));
            Assert.That(lines, Has.Some.EqualTo("Premium differs,Pioneer Valley Bread,G-1,CA000001,Ana,EMP,EMP,1234.50,1200.00,-34.50"));
            Assert.That(lines, Has.Some.EqualTo("Billed twice,Pioneer Valley Bread,G-1,CA000003,Cy,EMP,,512.00,1024.00,512.00"));
            Assert.That(lines, Has.Some.Contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "a carrier's cell is not run as a formula");
        });
    }
}
