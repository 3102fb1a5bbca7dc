using System.Text;
using CoopAlliance.Application.Benefits.Reconciliation;

namespace CoopAlliance.Application.Tests.Benefits.Reconciliation;

/// <summary>Reading a carrier's bill through its mapping, and every kind of discrepancy against the elections.</summary>
public sealed class ReconciliationTests
{
    private static readonly CarrierBillMapping Mapping = new("Group", "Member ID", "Amount", "Name", "Coverage Level");

    private static CarrierBill Read(string csv, CarrierBillMapping? mapping = null, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        return CarrierBillReader.Read(new MemoryStream(bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes), mapping ?? Mapping);
    }

    private static ExpectedPremium Expected(string group, string member, string name, string tier, decimal premium, int coopId = 1, string coop = "Pioneer Valley Bread") =>
        new(coopId, coop, group, member.GetHashCode(StringComparison.Ordinal), member, name, tier, premium);

    [Test]
    public void AmountsAreReadAsCarriersWriteThem()
    {
        var bill = Read("Group,Member ID,Name,Coverage Level,Amount\r\nG1,CA000001,Ana Lima,EMP,\"$1,234.50\"\r\nG1,CA000002,Ben Ortiz,EMP,1234.5\r\n" +
                        "G1,CA000003,Cy Dee,EMP,(12.00)\r\nG1,CA000004,Di Eve,EMP,-12.00\r\n\r\nG1,CA000005,Ed Fox,EMP,  512 \r\n");

        Assert.Multiple(() =>
        {
            Assert.That(bill.Problems, Is.Empty);
            Assert.That(bill.Lines.Select(l => l.Premium), Is.EqualTo(new[] { 1234.50m, 1234.5m, -12m, -12m, 512m }));
            Assert.That(bill.Lines.Select(l => l.RowNumber), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }), "a blank line is not a row");
            Assert.That(bill.Lines[0].MemberName, Is.EqualTo("Ana Lima"));
            Assert.That(bill.Lines[0].Tier, Is.EqualTo("EMP"));
        });
    }

    [Test]
    public void ABadRowIsReportedByNumberAndTheOthersAreStillRead()
    {
        var bill = Read("Group,Member ID,Name,Coverage Level,Amount\nG1,CA000001,Ana,EMP,five hundred\nG1,,Ben,EMP,512\nG1,CA000003,Cy,EMP,512\n");

        Assert.Multiple(() =>
        {
            Assert.That(bill.Lines.Select(l => l.MemberId), Is.EqualTo(new[] { "CA000003" }));
            Assert.That(bill.Problems.Select(p => p.RowNumber), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(bill.Problems[0].Message, Does.Contain("\"five hundred\" in \"Amount\" is not an amount"));
            Assert.That(bill.Problems[1].Message, Does.Contain("no member id"));
        });
    }

    [Test]
    public void AMissingColumnIsOneClearProblemNamingTheColumnsFound()
    {
        var bill = Read("Group,Subscriber,Amount\nG1,CA000001,512\n");

        Assert.Multiple(() =>
        {
            Assert.That(bill.Lines, Is.Empty);
            Assert.That(bill.Problems, Has.Count.EqualTo(1));
            Assert.That(bill.Problems[0].Message, Does.Contain("no column \"Member ID\" (member id)").And.Contain("\"Name\"").And.Contain("\"Group\", \"Subscriber\", \"Amount\""));
        });
    }

    [Test]
    public void HeadersMatchWhateverTheirCaseAndTheDelimiterAndByteOrderMarkAreHandled()
    {
        var bill = Read("group ; MEMBER id ;amount\nG1;CA000001;\"1,234.00\"\nG1;CA000002;512.00\n", new CarrierBillMapping("Group", "Member ID", "Amount", Delimiter: ";"), bom: true);

        Assert.Multiple(() =>
        {
            Assert.That(bill.Problems, Is.Empty);
            Assert.That(bill.Lines.Select(l => (l.GroupNumber, l.MemberId, l.Premium)), Is.EqualTo(new[] { ("G1", "CA000001", 1234m), ("G1", "CA000002", 512m) }));
        });
    }

    [Test]
    public void TabSeparatedBillsAreRead()
    {
        var bill = Read("Group\tMember ID\tAmount\nG1\tCA000001\t512.00\n", new CarrierBillMapping("Group", "Member ID", "Amount", Delimiter: "\t"));

        Assert.That(bill.Lines.Single().Premium, Is.EqualTo(512m));
    }

    [Test]
    public void EveryKindOfDiscrepancyIsFoundAndTheRestMatch()
    {
        var expected = new[]
        {
            Expected("G-1", "CA000001", "Ana Lima", "EMP", 512m),
            Expected("G-1", "CA000002", "Ben Ortiz", "FAM", 1433.60m),
            Expected("G-1", "CA000003", "Cy Dee", "EMP", 512m),
            Expected("G-1", "CA000004", "Di Eve", "ESP", 1024m),
            Expected("G-2", "CA000010", "Flo Gray", "EMP", 512m, 2, "Sunrise Solar"),
            Expected("G-2", "CA000011", "Gus Hale", "ECH", 921.60m, 2, "Sunrise Solar"),
        };
        var bill = Read("Group,Member ID,Name,Coverage Level,Amount\n" +
                        "g1,ca-000 001,Ana Lima,EMP,512.00\n" +         // matches, despite case, dashes and spaces
                        "G-1,CA000002,Ben Ortiz,FAM,1433.604\n" +       // within half a cent: matches
                        "G-1,CA000003,Cy Dee,EMP,540.00\n" +            // premium differs
                        "G-1,CA000004,Di Eve,FAM,1024.00\n" +           // tier differs
                        "G-1,CA000099,Zed Left,EMP,512.00\n" +          // billed but not enrolled, in a known group
                        "G-9,CA000500,Nobody Known,EMP,512.00\n" +      // billed, unknown group
                        "G-2,CA000010,Flo Gray,EMP,512.00\n" +
                        "G-2,CA000010,Flo Gray,EMP,512.00\n");          // billed twice
        // CA000011 (Gus Hale) is enrolled but not billed.

        var result = BillReconciler.Compare(expected, bill.Lines);

        Assert.Multiple(() =>
        {
            Assert.That(result.Matched, Is.EqualTo(2));
            Assert.That(result.Discrepancies.Select(d => (d.Kind, d.MemberId)), Is.EquivalentTo(new[]
            {
                (DiscrepancyKind.PremiumDifference, "CA000003"),
                (DiscrepancyKind.TierDifference, "CA000004"),
                (DiscrepancyKind.BilledNotEnrolled, "CA000099"),
                (DiscrepancyKind.BilledNotEnrolled, "CA000500"),
                (DiscrepancyKind.BilledTwice, "CA000010"),
                (DiscrepancyKind.EnrolledNotBilled, "CA000011"),
            }));
            var left = result.Discrepancies.Single(d => d.MemberId == "CA000099");
            Assert.That(left.CoopName, Is.EqualTo("Pioneer Valley Bread"), "a known group names its co-op");
            Assert.That(left.Billed, Is.EqualTo(512m));
            Assert.That(result.Discrepancies.Single(d => d.MemberId == "CA000500").CooperativeId, Is.Null);
            Assert.That(result.Discrepancies.Single(d => d.Kind == DiscrepancyKind.PremiumDifference).Difference, Is.EqualTo(28m));
            Assert.That(result.Discrepancies.Single(d => d.Kind == DiscrepancyKind.BilledTwice).Billed, Is.EqualTo(1024m));
            Assert.That(result.ExpectedTotal, Is.EqualTo(expected.Sum(e => e.Premium)));
            Assert.That(result.BilledTotal, Is.EqualTo(bill.Lines.Sum(l => l.Premium)));
            Assert.That(result.ByCoop.Sum(c => c.Expected), Is.EqualTo(result.ExpectedTotal));
            Assert.That(result.ByCoop.Sum(c => c.Billed), Is.EqualTo(result.BilledTotal));
            Assert.That(result.ByCoop.Select(c => c.CoopName), Is.Ordered.Using((IComparer<string>)StringComparer.OrdinalIgnoreCase));
            Assert.That(result.Discrepancies.Select(d => d.CoopName ?? "\uffff"), Is.Ordered.Using((IComparer<string>)StringComparer.OrdinalIgnoreCase), "ordered by co-op, unknown last");
        });
    }

    [Test]
    public async Task TheReportHasALinePerDiscrepancyInWords()
    {
        var result = BillReconciler.Compare([Expected("G-1", "CA000001", "Ana Lima", "EMP", 512m)],
            Read("Group,Member ID,Name,Coverage Level,Amount\nG-1,CA000002,\"Zed, Left\",EMP,512\n").Lines);

        using var output = new StringWriter();
        await DiscrepancyReport.WriteCsvAsync(output, result, CancellationToken.None);
        var lines = output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("What,Co-op,Group number,Member id,Worker,Expected tier,Billed tier,Expected,Billed,Difference"));
            Assert.That(lines, Has.Length.EqualTo(3));
            Assert.That(lines, Has.Some.EqualTo("Billed but not enrolled,Pioneer Valley Bread,G-1,CA000002,\"Zed, Left\",,EMP,0.00,512.00,512.00"));
            Assert.That(lines, Has.Some.EqualTo("Enrolled but not billed,Pioneer Valley Bread,G-1,CA000001,Ana Lima,EMP,,512.00,0.00,-512.00"));
        });
    }
}
