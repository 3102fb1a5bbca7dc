using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Impact;

/// <summary>
/// A monthly board report as it was sent: one per month (unique), with the hash of its figures so the next run can
/// tell whether anything changed since the last report sent, and the PDF so staff re-download exactly what the
/// board received.
/// </summary>
public sealed class BoardReport : Entity
{
    private BoardReport() { }

    public BoardReport(string month, string figuresHash, byte[] pdf, int emailed, DateTimeOffset createdAt)
    {
        if (pdf.Length == 0)
        {
            throw new DomainRuleException("A report needs its PDF.");
        }

        Month = month;
        FiguresHash = figuresHash;
        Pdf = pdf;
        Emailed = emailed;
        CreatedAt = createdAt;
    }

    /// <summary>The month reported on, as yyyy-MM.</summary>
    public string Month { get; private set; } = "";
    /// <summary>SHA-256 (hex) of the figures printed, in a fixed order.</summary>
    public string FiguresHash { get; private set; } = "";
    public byte[] Pdf { get; private set; } = [];
    public int Emailed { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
