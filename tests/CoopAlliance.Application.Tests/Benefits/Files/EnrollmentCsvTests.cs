using CoopAlliance.Application.Benefits.Files;

namespace CoopAlliance.Application.Tests.Benefits.Files;

/// <summary>The CSV for carriers that take CSV (taxpayer ids masked unless asked for) and the census CSV for quotes.</summary>
public sealed class EnrollmentCsvTests
{
    private static EnrollmentMember Ana(MaintenanceKind maintenance = MaintenanceKind.Addition) => new(
        "CA000123", true, "18", maintenance, "28", "000-12-3456", "O'Neil", "An~a", new DateOnly(1984, 2, 29), 'F', "G-100",
        "HLT", "PPO500", "ECH", new DateOnly(2027, 1, 1), null, new DateOnly(2024, 3, 1));

    private static EnrollmentMember Sam() => new(
        "CA000123", false, "19", MaintenanceKind.Addition, "28", null, "O'Neil", "Sam", new DateOnly(2020, 6, 15), null, "G-100",
        "HLT", "PPO500", "ECH", new DateOnly(2027, 1, 1), null, new DateOnly(2024, 3, 1));

    private static async Task<string[]> EnrollmentLinesAsync(bool includeTaxpayerIds, params EnrollmentMember[] members)
    {
        await using var writer = new StringWriter();
        var rows = await EnrollmentCsvWriter.WriteAsync(writer, members.ToAsyncEnumerable(), includeTaxpayerIds, CancellationToken.None);
        var lines = writer.ToString().Split("\r\n");
        Assert.That(rows, Is.EqualTo(members.Length));
        Assert.That(lines[^1], Is.Empty, "every record ends with a line break");
        return lines[..^1];
    }

    [Test]
    public async Task TheCsvHasAHeaderAndOneRowPerMemberWithTheTaxpayerIdMasked()
    {
        var lines = await EnrollmentLinesAsync(false, Ana(), Sam());

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(3));
            Assert.That(lines[0], Is.EqualTo(string.Join(',', EnrollmentCsvWriter.Columns)));
            Assert.That(lines[1], Is.EqualTo("CA000123,Y,18,021,28,•••• 3456,O'Neil,An~a,1984-02-29,F,G-100,HLT,PPO500,ECH,2027-01-01,,2024-03-01"));
            Assert.That(lines[2], Is.EqualTo("CA000123,N,19,021,28,,O'Neil,Sam,2020-06-15,,G-100,HLT,PPO500,ECH,2027-01-01,,"), "no hire date for dependents");
            Assert.That(string.Join('\n', lines), Does.Not.Contain("000123456").And.Not.Contain("000-12-3456"));
        });
    }

    [Test]
    public async Task TheFullTaxpayerIdOnlyWhenAskedForAndAwkwardNamesStayInTheirColumn()
    {
        var member = Ana(MaintenanceKind.Termination) with
        {
            LastName = "Smith, \"Jr\"",
            FirstName = "=HYPERLINK(\"x\")",
            CoverageEnd = new DateOnly(2027, 3, 31),
        };
        var lines = await EnrollmentLinesAsync(true, member);

        Assert.Multiple(() =>
        {
            Assert.That(lines[1], Does.StartWith("CA000123,Y,18,024,28,000123456,\"Smith, \"\"Jr\"\"\","));
            Assert.That(lines[1], Does.Not.Contain(",=HYPERLINK").And.Not.Contain(",\"=HYPERLINK"), "no formula a spreadsheet would run");
            Assert.That(lines[1], Does.Contain(",2027-01-01,2027-03-31,"));
            Assert.That(EnrollmentCsvWriter.TaxpayerId("12", include: false), Is.EqualTo("•••• 12"));
            Assert.That(EnrollmentCsvWriter.TaxpayerId(null, include: true), Is.Empty);
        });
    }

    [TestCase("2004-02-29", "2024-02-28", 19, "under 20")]
    [TestCase("2004-02-29", "2024-02-29", 20, "20-24")]
    [TestCase("2004-02-29", "2025-02-28", 20, "20-24")]
    [TestCase("2004-02-29", "2025-03-01", 21, "20-24")]
    [TestCase("2000-03-01", "2025-02-28", 24, "20-24")]
    [TestCase("2000-03-01", "2025-03-01", 25, "25-29")]
    [TestCase("1960-02-29", "2025-02-28", 64, "60-64")]
    [TestCase("1960-02-29", "2025-03-01", 65, "65+")]
    [TestCase("1960-02-29", "2024-02-29", 64, "60-64")]
    [TestCase("1964-02-29", "2029-02-28", 64, "60-64")]
    [TestCase("1964-02-29", "2029-03-01", 65, "65+")]
    [TestCase("1940-06-30", "2025-06-30", 85, "65+")]
    [TestCase("2025-06-30", "2025-06-30", 0, "under 20")]
    public void AgeBandsCountWholeYearsAndALeapDayBirthdayComesOnTheFirstOfMarch(string born, string asOf, int age, string band)
    {
        var birthDate = DateOnly.Parse(born);
        var day = DateOnly.Parse(asOf);
        Assert.Multiple(() =>
        {
            Assert.That(CensusCsv.AgeOn(birthDate, day), Is.EqualTo(age));
            Assert.That(CensusCsv.BandOf(birthDate, day), Is.EqualTo(band));
        });
    }

    [Test]
    public void EveryBandIsListedInOrderAndUnknownOrFutureBirthsAreUnknown()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CensusCsv.Bands, Is.EqualTo(new[]
            {
                "under 20", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64", "65+", "unknown",
            }));
            Assert.That(CensusCsv.BandOf(null, new DateOnly(2027, 1, 1)), Is.EqualTo("unknown"));
            Assert.That(CensusCsv.BandOf(new DateOnly(2027, 1, 2), new DateOnly(2027, 1, 1)), Is.EqualTo("unknown"));
        });
    }

    [Test]
    public async Task TheCensusCountsSubscribersAndDependentsPerCoopBandAndTier()
    {
        var asOf = new DateOnly(2027, 1, 1);
        CensusMember[] people =
        [
            new("Pioneer Valley Bread", "MA", new DateOnly(1984, 2, 29), "FAM", true),
            new("Pioneer Valley Bread", "MA", new DateOnly(1985, 7, 1), "FAM", false),
            new("Pioneer Valley Bread", "MA", new DateOnly(2015, 3, 1), "FAM", false),
            new("Pioneer Valley Bread", "MA", new DateOnly(1982, 1, 1), "fam", true),
            new("Pioneer Valley Bread", "MA", new DateOnly(2000, 1, 2), "EMP", true),
            new("Pioneer Valley Bread", "MA", null, null, true),
            new("Arizmendi, Bakery", null, new DateOnly(1950, 5, 5), "EMP", true),
        ];
        await using var writer = new StringWriter();

        var rows = await CensusCsv.WriteAsync(writer, people.ToAsyncEnumerable(), asOf, CancellationToken.None);

        var lines = writer.ToString().Split("\r\n");
        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.EqualTo(6));
            Assert.That(lines, Is.EqualTo(new[]
            {
                "Co-op,State,Age band,Tier,Subscribers,Dependents,Total",
                "\"Arizmendi, Bakery\",,65+,EMP,1,0,1",
                "Pioneer Valley Bread,MA,under 20,FAM,0,1,1",
                "Pioneer Valley Bread,MA,25-29,EMP,1,0,1",
                "Pioneer Valley Bread,MA,40-44,FAM,1,1,2",
                "Pioneer Valley Bread,MA,45-49,FAM,1,0,1",
                "Pioneer Valley Bread,MA,unknown,none,1,0,1",
                "",
            }));
        });
    }
}
