using CoopAlliance.Application.Benefits.Files;

namespace CoopAlliance.Application.Tests.Benefits.Files;

/// <summary>The checker catches a dependent away from its subscriber, a subscriber not "18", and ISA fields of the wrong width or value.</summary>
public sealed class X12CheckerTests
{
    private static readonly EnrollmentFileHeader Header = new("COOPALLIANCE", "CARRIER01", 42, new DateTimeOffset(2026, 12, 5, 9, 30, 0, TimeSpan.FromHours(-5)),
        EnrollmentFileKind.Changes, "CA000042", "CoopAlliance", "123456789", "Pioneer Health", "987654321", false);

    private static EnrollmentMember Member(string id, bool subscriber) => new(id, subscriber, subscriber ? "18" : "19", MaintenanceKind.Addition, "28", null,
        "O'Neil", subscriber ? "Ana" : "Sam", new DateOnly(1984, 2, 29), 'F', "G-100", "HLT", "PPO500", "ECH", new DateOnly(2027, 1, 1), null, null);

    private static async Task<string> FileAsync()
    {
        var writer = new StringWriter();
        EnrollmentMember[] members = [Member("CA000123", true), Member("CA000123", false), Member("CA000456", true)];
        await X12EnrollmentWriter.WriteAsync(writer, Header, members.ToAsyncEnumerable(), CancellationToken.None);
        return writer.ToString();
    }

    [Test]
    public async Task TheWritersFileIsSound() => Assert.That(X12Document.Parse(await FileAsync()).Check(), Is.Empty);

    [TestCase("INS*N*19*021*28*A~\nREF*0F*CA000123~", "INS*N*19*021*28*A~\nREF*0F*CA000999~", "is a dependent of CA000999 that does not follow its subscriber")]
    [TestCase("INS*Y*18*021*28*A***FT~\nREF*0F*CA000456~", "INS*Y*01*021*28*A***FT~\nREF*0F*CA000456~", "is a subscriber with relationship 01; it must be 18")]
    [TestCase("*ZZ*CARRIER01      *", "*ZZ*CARRIER01     *", "ISA08 is 14 characters wide; it must be 15.")]
    [TestCase("*00501*", "*00401*", "ISA12/ISA15 are 00401/T; they must be 00501 and P or T.")]
    [TestCase("*0*T*:~", "*0*X*:~", "ISA12/ISA15 are 00501/X; they must be 00501 and P or T.")]
    public async Task TheCheckerFindsTheBrokenRule(string find, string replace, string problem)
    {
        var text = await FileAsync();
        Assert.That(text, Does.Contain(find));

        var problems = X12Document.Parse(text.Replace(find, replace)).Check();

        Assert.That(problems, Has.Some.Contains(problem), string.Join(" | ", problems));
    }
}
