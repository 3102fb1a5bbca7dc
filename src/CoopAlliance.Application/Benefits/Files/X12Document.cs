using System.Globalization;

namespace CoopAlliance.Application.Benefits.Files;

/// <summary>One segment: its id ("INS") and its elements (element 1 is <c>Elements[1]</c>; <c>Elements[0]</c> is the id).</summary>
public sealed record X12Segment(IReadOnlyList<string> Elements)
{
    public string Id => Elements[0];

    public string this[int index] => index < Elements.Count ? Elements[index] : "";
}

/// <summary>A member read back from an 834: what the carrier would load.</summary>
public sealed record X12Member(string SubscriberId, bool IsSubscriber, string Relationship, string Maintenance, string LastName, string FirstName,
    string? TaxpayerId, DateOnly? BirthDate, string GroupNumber, string CoverageCode, string PlanCode, string? TierCode, DateOnly? CoverageStart, DateOnly? CoverageEnd);

/// <summary>
/// Reads an X12 834 back into segments and checks it the way a carrier's intake does: the envelopes match (ISA13/IEA02,
/// GS06/GE02, ST02/SE02), the counts are right (SE01, GE01, IEA01), the ISA is its fixed 106 characters, and every member
/// loop has its subscriber id, name and coverage. Used by the tests on every file the app writes, and by the export page.
/// </summary>
public sealed class X12Document
{
    private X12Document(string isa, IReadOnlyList<X12Segment> segments)
    {
        Isa = isa;
        Segments = segments;
    }

    public string Isa { get; }
    public IReadOnlyList<X12Segment> Segments { get; }

    public static X12Document Parse(string text)
    {
        var trimmed = text.TrimStart('\uFEFF');
        var isaEnd = trimmed.IndexOf(X12EnrollmentWriter.Terminator, StringComparison.Ordinal);
        var isa = isaEnd >= 0 ? trimmed[..(isaEnd + 1)] : trimmed;
        var segments = trimmed.Split(X12EnrollmentWriter.Terminator)
            .Select(s => s.Trim('\r', '\n'))
            .Where(s => s.Length > 0)
            .Select(s => new X12Segment(s.Split(X12EnrollmentWriter.Element)))
            .ToList();
        return new X12Document(isa, segments);
    }

    /// <summary>Every problem found, in words; empty when the file is well formed.</summary>
    public IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        if (Isa.Length != 106)
        {
            problems.Add($"ISA is {Isa.Length} characters; it must be 106.");
        }

        var ids = Segments.Select(s => s.Id).ToList();
        if (ids.FirstOrDefault() != "ISA" || ids.LastOrDefault() != "IEA")
        {
            problems.Add("The file must start with ISA and end with IEA.");
            return problems;
        }

        var isa = Segments[0];
        var iea = Segments[^1];
        if (isa.Elements.Count != 17)
        {
            problems.Add($"ISA has {isa.Elements.Count - 1} elements; it must have 16.");
        }
        else
        {
            int[] widths = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1];
            for (var i = 1; i <= widths.Length; i++)
            {
                if (isa[i].Length != widths[i - 1])
                {
                    problems.Add($"ISA{i:00} is {isa[i].Length} characters wide; it must be {widths[i - 1]}.");
                }
            }

            if (isa[12] != "00501" || isa[15] is not ("P" or "T"))
            {
                problems.Add($"ISA12/ISA15 are {isa[12]}/{isa[15]}; they must be 00501 and P or T.");
            }
        }

        if (isa[13] != iea[2])
        {
            problems.Add($"ISA13 {isa[13]} does not match IEA02 {iea[2]}.");
        }

        var groups = Segments.Where(s => s.Id == "GS").ToList();
        if (iea[1] != groups.Count.ToString(CultureInfo.InvariantCulture))
        {
            problems.Add($"IEA01 says {iea[1]} groups; the file has {groups.Count}.");
        }

        var gsIndex = ids.IndexOf("GS");
        var geIndex = ids.IndexOf("GE");
        if (gsIndex < 0 || geIndex < gsIndex)
        {
            problems.Add("The file has no GS…GE group.");
            return problems;
        }

        if (Segments[gsIndex][6] != Segments[geIndex][2])
        {
            problems.Add($"GS06 {Segments[gsIndex][6]} does not match GE02 {Segments[geIndex][2]}.");
        }

        var transactions = 0;
        for (var i = gsIndex + 1; i < geIndex; i++)
        {
            if (Segments[i].Id != "ST")
            {
                continue;
            }

            transactions++;
            var se = ids.IndexOf("SE", i);
            if (se < 0 || se > geIndex)
            {
                problems.Add($"ST {Segments[i][2]} has no SE.");
                break;
            }

            if (Segments[i][2] != Segments[se][2])
            {
                problems.Add($"ST02 {Segments[i][2]} does not match SE02 {Segments[se][2]}.");
            }

            var count = se - i + 1;
            if (Segments[se][1] != count.ToString(CultureInfo.InvariantCulture))
            {
                problems.Add($"SE01 says {Segments[se][1]} segments; the transaction has {count}.");
            }

            if (Segments[i][1] != "834" || Segments[i][3] != X12EnrollmentWriter.Version)
            {
                problems.Add($"ST is {Segments[i][1]} {Segments[i][3]}; expected 834 {X12EnrollmentWriter.Version}.");
            }

            problems.AddRange(CheckMembers(i, se));
            i = se;
        }

        if (Segments[geIndex][1] != transactions.ToString(CultureInfo.InvariantCulture))
        {
            problems.Add($"GE01 says {Segments[geIndex][1]} transactions; the group has {transactions}.");
        }

        return problems;
    }

    private IEnumerable<string> CheckMembers(int st, int se)
    {
        var loops = MemberLoops(st, se).ToList();
        foreach (var (start, end) in loops)
        {
            var loop = Segments.Skip(start).Take(end - start).ToList();
            var ins = loop[0];
            if (ins[1] is not ("Y" or "N"))
            {
                yield return $"INS at segment {start + 1}: INS01 must be Y or N.";
            }

            if (!loop.Any(s => s.Id == "REF" && s[1] == "0F" && s[2].Length > 0))
            {
                yield return $"INS at segment {start + 1} has no REF*0F subscriber id.";
            }

            if (!loop.Any(s => s.Id == "NM1" && s[1] == "IL" && s[3].Length > 0))
            {
                yield return $"INS at segment {start + 1} has no NM1*IL name.";
            }

            if (!loop.Any(s => s.Id == "HD"))
            {
                yield return $"INS at segment {start + 1} has no HD coverage.";
            }

            if (!loop.Any(s => s.Id == "DTP" && s[1] == "348"))
            {
                yield return $"INS at segment {start + 1} has no DTP*348 coverage start.";
            }
        }

        if (loops.Count > 0 && Segments[loops[0].Start][1] != "Y")
        {
            yield return "The first member must be a subscriber (INS*Y).";
        }

        // A subscriber is "18" (self); a dependent comes right after its subscriber's loop, with the same REF*0F.
        string? subscriberId = null;
        foreach (var (start, end) in loops)
        {
            var ins = Segments[start];
            var id = Segments.Skip(start).Take(end - start).FirstOrDefault(s => s.Id == "REF" && s[1] == "0F")?[2];
            if (ins[1] == "Y")
            {
                subscriberId = id;
                if (ins[2] != "18")
                {
                    yield return $"INS at segment {start + 1} is a subscriber with relationship {ins[2]}; it must be 18.";
                }
            }
            else if (ins[1] == "N" && subscriberId is not null && id != subscriberId)
            {
                yield return $"INS at segment {start + 1} is a dependent of {id} that does not follow its subscriber.";
            }
        }
    }

    private IEnumerable<(int Start, int End)> MemberLoops(int st, int se)
    {
        var starts = Enumerable.Range(st, se - st).Where(i => Segments[i].Id == "INS").ToList();
        for (var k = 0; k < starts.Count; k++)
        {
            yield return (starts[k], k + 1 < starts.Count ? starts[k + 1] : se);
        }
    }

    /// <summary>The members in the order they were written.</summary>
    public IEnumerable<X12Member> Members()
    {
        var st = Segments.ToList().FindIndex(s => s.Id == "ST");
        var se = Segments.ToList().FindIndex(s => s.Id == "SE");
        if (st < 0 || se < st)
        {
            yield break;
        }

        foreach (var (start, end) in MemberLoops(st, se))
        {
            var loop = Segments.Skip(start).Take(end - start).ToList();
            var ins = loop[0];
            var name = loop.First(s => s.Id == "NM1");
            var dmg = loop.FirstOrDefault(s => s.Id == "DMG");
            var hd = loop.First(s => s.Id == "HD");
            string Ref(string qualifier) => loop.FirstOrDefault(s => s.Id == "REF" && s[1] == qualifier)?[2] ?? "";
            DateOnly? Dtp(string qualifier) => loop.FirstOrDefault(s => s.Id == "DTP" && s[1] == qualifier) is { } d ? ParseDate(d[3]) : null;
            yield return new X12Member(Ref("0F"), ins[1] == "Y", ins[2], ins[3], name[3], name[4], name[9].Length > 0 ? name[9] : null,
                dmg is null ? null : ParseDate(dmg[2]), Ref("1L"), hd[3], hd[4], hd[5].Length > 0 ? hd[5] : null, Dtp("348"), Dtp("349"));
        }
    }

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture);
}
