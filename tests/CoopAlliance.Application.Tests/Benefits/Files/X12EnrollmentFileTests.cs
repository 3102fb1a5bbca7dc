using CoopAlliance.Application.Benefits.Files;

namespace CoopAlliance.Application.Tests.Benefits.Files;

/// <summary>Every 834 the writer makes parses back with matching envelopes, counts and member loops.</summary>
public sealed class X12EnrollmentFileTests
{
    private static readonly EnrollmentFileHeader Header = new("VALLEYALLIANCE", "VALLEYMUTUAL", 42, new DateTimeOffset(2026, 12, 5, 9, 30, 0, TimeSpan.FromHours(-5)),
        EnrollmentFileKind.Changes, "EXPORT-42", "Valley Alliance of Worker Co-operatives", "123456789", "Valley Mutual Health", "987654321", false);

    private static async Task<(string Text, EnrollmentFileResult Result)> WriteAsync(EnrollmentFileHeader header, IEnumerable<EnrollmentMember> members)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var result = await X12EnrollmentWriter.WriteAsync(writer, header, members.ToAsyncEnumerable(), CancellationToken.None);
        return (writer.ToString(), result);
    }

    [Test]
    public async Task ASubscriberAndAChildAreWrittenSegmentBySegment()
    {
        var (text, result) = await WriteAsync(Header,
        [
            new("CA000007", true, "18", MaintenanceKind.Addition, "28", "000-12-3456", "Lima", "Ana", new DateOnly(1984, 2, 29), 'F', "gr-1", "HLT", "VHP-GOLD", "ECH",
                new DateOnly(2027, 1, 1), null, new DateOnly(2022, 5, 1)),
            new("CA000007", false, "19", MaintenanceKind.Addition, "28", null, "Lima", "Leo*~", new DateOnly(2019, 7, 4), 'M', "gr-1", "HLT", "VHP-GOLD", "ECH",
                new DateOnly(2027, 1, 1), null, null),
        ]);

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("ISA*00*          *00*          *ZZ*VALLEYALLIANCE *ZZ*VALLEYMUTUAL   *261205*0930*^*00501*000000042*0*T*:~"));
            Assert.That(lines[0], Has.Length.EqualTo(106));
            Assert.That(lines[1..], Is.EqualTo(new[]
            {
                "GS*BE*VALLEYALLIANCE*VALLEYMUTUAL*20261205*0930*42*X*005010X220A1~",
                "ST*834*0042*005010X220A1~",
                "BGN*00*EXPORT-42*20261205*0930****2~",
                "N1*P5*VALLEY ALLIANCE OF WORKER CO-OPERATIVES*FI*123456789~",
                "N1*IN*VALLEY MUTUAL HEALTH*FI*987654321~",
                "INS*Y*18*021*28*A***FT~",
                "REF*0F*CA000007~",
                "REF*1L*GR-1~",
                "DTP*336*D8*20220501~",
                "NM1*IL*1*LIMA*ANA****34*000123456~",
                "DMG*D8*19840229*F~",
                "HD*021**HLT*VHP-GOLD*ECH~",
                "DTP*348*D8*20270101~",
                "INS*N*19*021*28*A~",
                "REF*0F*CA000007~",
                "REF*1L*GR-1~",
                "NM1*IL*1*LIMA*LEO~",
                "DMG*D8*20190704*M~",
                "HD*021**HLT*VHP-GOLD*ECH~",
                "DTP*348*D8*20270101~",
                "SE*20*0042~",
                "GE*1*42~",
                "IEA*1*000000042~",
            }));
            Assert.That(result, Is.EqualTo(new EnrollmentFileResult(2, 1, 1, 20)));
            Assert.That(X12Document.Parse(text).Check(), Is.Empty);
        });
    }

    [Test]
    public async Task TwoHundredRandomFilesParseBackCleanAndTheirMembersRoundTrip()
    {
        var random = new Random(834);
        string Name() => new string(Enumerable.Range(0, random.Next(2, 12)).Select(_ => "abcdefghijklmnopqrstuvwxyz*~:^' -"[random.Next(33)]).ToArray()).Trim() is { Length: > 0 } n ? "n" + n : "x";
        for (var file = 0; file < 200; file++)
        {
            var members = new List<EnrollmentMember>();
            for (var s = 0; s < random.Next(0, 15); s++)
            {
                var id = $"CA{random.Next(1, 999999):000000}";
                var start = new DateOnly(2027, random.Next(1, 13), 1);
                DateOnly? end = random.Next(4) == 0 ? start.AddMonths(random.Next(1, 6)).AddDays(-1) : null;
                var maintenance = end is null ? (random.Next(2) == 0 ? MaintenanceKind.Addition : MaintenanceKind.Change) : MaintenanceKind.Termination;
                members.Add(new(id, true, "18", maintenance, null, random.Next(2) == 0 ? $"000-{random.Next(10, 99)}-{random.Next(1000, 9999)}" : null, Name(), Name(),
                    new DateOnly(random.Next(1950, 2005), random.Next(1, 13), random.Next(1, 29)), 'F', $"G{random.Next(1, 9)}", "HLT", "VHP", "FAM", start, end, null));
                for (var d = 0; d < random.Next(0, 4); d++)
                {
                    members.Add(new(id, false, d == 0 ? "01" : "19", maintenance, null, null, Name(), Name(), null, null, $"G{random.Next(1, 9)}", "HLT", "VHP", "FAM",
                        start, end, null));
                }
            }

            var header = Header with { ControlNumber = file + 1, Kind = file % 2 == 0 ? EnrollmentFileKind.Full : EnrollmentFileKind.Changes };
            var (text, result) = await WriteAsync(header, members);
            var document = X12Document.Parse(text);
            var back = document.Members().ToList();

            Assert.That(document.Check(), Is.Empty, $"file {file}");
            Assert.That(result.Members, Is.EqualTo(members.Count));
            Assert.That(back.Select(m => (m.SubscriberId, m.IsSubscriber, m.CoverageStart, m.CoverageEnd)),
                Is.EqualTo(members.Select(m => (m.SubscriberId, m.IsSubscriber, (DateOnly?)m.CoverageStart, m.CoverageEnd))), $"file {file}");
            Assert.That(back.Select(m => m.LastName), Is.EqualTo(members.Select(m => X12EnrollmentWriter.Text(m.LastName, 60))));
            Assert.That(back.Select(m => m.Maintenance), Is.EqualTo(members.Select(m => ((int)m.Maintenance).ToString("000"))));
        }
    }

    [Test]
    public void TheCheckFindsBrokenEnvelopesAndCounts()
    {
        var good = WriteAsync(Header, [new("CA1", true, "18", MaintenanceKind.Addition, null, null, "A", "B", null, null, "G", "HLT", "P", "EMP",
            new DateOnly(2027, 1, 1), null, null)]).GetAwaiter().GetResult().Text;

        Assert.Multiple(() =>
        {
            Assert.That(X12Document.Parse(good.Replace("SE*11*", "SE*9*")).Check(), Has.Some.Contains("SE01 says 9 segments; the transaction has 11"));
            Assert.That(X12Document.Parse(good.Replace("IEA*1*000000042", "IEA*1*000000043")).Check(), Has.Some.Contains("does not match IEA02"));
            Assert.That(X12Document.Parse(good.Replace("GE*1*42", "GE*2*42")).Check(), Has.Some.Contains("GE01 says 2"));
            Assert.That(X12Document.Parse(good.Replace("REF*0F*CA1~\n", "")).Check(), Has.Some.Contains("no REF*0F"));
            Assert.That(X12Document.Parse(good.Replace("*ZZ*VALLEYMUTUAL   *", "*ZZ*VALLEYMUTUAL*")).Check(), Has.Some.Contains("must be 106"));
        });
    }

    [Test]
    public async Task TheWriterStreamsMembersAsTheyArrive()
    {
        var written = new CountingWriter();
        var producedBeforeFirstWrite = -1;
        var produced = 0;

        async IAsyncEnumerable<EnrollmentMember> Members()
        {
            for (var i = 0; i < 200_000; i++)
            {
                if (written.Characters > 10_000 && producedBeforeFirstWrite < 0)
                {
                    producedBeforeFirstWrite = produced;
                }

                produced++;
                yield return new EnrollmentMember($"CA{i:000000}", true, "18", MaintenanceKind.Audit, null, null, "Worker", "Number" + i, null, null, "G1",
                    "HLT", "VHP", "EMP", new DateOnly(2027, 1, 1), null, null);
                if (i % 10_000 == 0)
                {
                    await Task.Yield();
                }
            }
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var result = await X12EnrollmentWriter.WriteAsync(written, Header with { Kind = EnrollmentFileKind.Full }, Members(), CancellationToken.None);
        var after = GC.GetTotalMemory(forceFullCollection: true);

        Assert.Multiple(() =>
        {
            Assert.That(result.Members, Is.EqualTo(200_000));
            Assert.That(producedBeforeFirstWrite, Is.InRange(1, 1_000), "output was written while members were still being produced");
            Assert.That(after - before, Is.LessThan(5_000_000), "nothing per member is kept");
            Assert.That(written.Characters, Is.GreaterThan(200_000 * 100));
        });
    }

    private sealed class CountingWriter : TextWriter
    {
        public long Characters { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => Characters++;

        public override Task WriteAsync(System.Text.StringBuilder? value, CancellationToken cancellationToken = default)
        {
            Characters += value?.Length ?? 0;
            return Task.CompletedTask;
        }

        public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
        {
            Characters += buffer.Length;
            return Task.CompletedTask;
        }
    }
}
