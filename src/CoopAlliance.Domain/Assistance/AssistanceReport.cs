using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Assistance;

/// <summary>
/// The monthly technical-assistance activity report as it was sent to staff: one per month (a unique key), so the
/// scheduled job can run again, or on two nodes at once, without a second report or a second email.
/// </summary>
public sealed class AssistanceReport : Entity
{
    private AssistanceReport() { }

    public AssistanceReport(string month, DateOnly from, DateOnly to, DateTimeOffset createdAt, byte[] pdf)
    {
        Month = month;
        From = from;
        To = to;
        CreatedAt = createdAt;
        Pdf = pdf;
        SizeBytes = pdf.LongLength;
    }

    /// <summary>"2026-10".</summary>
    public string Month { get; private set; } = "";
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public long SizeBytes { get; private set; }
    public byte[] Pdf { get; private set; } = [];
}
