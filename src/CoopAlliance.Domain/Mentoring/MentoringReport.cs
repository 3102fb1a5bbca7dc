using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Mentoring;

/// <summary>
/// The monthly mentoring report as it was sent: one per month (unique), kept so staff download exactly what
/// was emailed and a second run of the job finds the month already done.
/// </summary>
public sealed class MentoringReport : Entity
{
    private MentoringReport() { }

    public MentoringReport(string month, byte[] pdf, DateTimeOffset createdAt)
    {
        if (pdf.Length == 0)
        {
            throw new DomainRuleException("A report needs its PDF.");
        }

        Month = month;
        Pdf = pdf;
        CreatedAt = createdAt;
    }

    /// <summary>The month reported on, as yyyy-MM (e.g. 2026-10).</summary>
    public string Month { get; private set; } = "";
    public byte[] Pdf { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
}
