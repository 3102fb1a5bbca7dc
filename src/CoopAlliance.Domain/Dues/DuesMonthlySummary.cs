using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Dues;

/// <summary>
/// The treasurer's monthly dues summary: the month's figures as they stood at its end, and the PDF that was emailed.
/// One per month (a unique key), so the monthly job can run twice, or on two nodes, and still leave one.
/// </summary>
public sealed class DuesMonthlySummary : Entity
{
    private DuesMonthlySummary() { }

    public DuesMonthlySummary(string month, DateOnly asOf, decimal billed, decimal collected, decimal credited, decimal outstanding,
        decimal aging0To30, decimal aging31To60, decimal aging61To90, decimal agingOver90, int coopsOwing, byte[] pdf, string generatedBy,
        DateTimeOffset generatedAt)
    {
        if (pdf.Length == 0)
        {
            throw new DomainRuleException("A dues summary needs its PDF.");
        }

        Month = month;
        AsOf = asOf;
        Billed = billed;
        Collected = collected;
        Credited = credited;
        Outstanding = outstanding;
        Aging0To30 = aging0To30;
        Aging31To60 = aging31To60;
        Aging61To90 = aging61To90;
        AgingOver90 = agingOver90;
        CoopsOwing = coopsOwing;
        Pdf = pdf;
        GeneratedBy = generatedBy;
        GeneratedAt = generatedAt;
    }

    /// <summary>The month summarised, "2027-01".</summary>
    public string Month { get; private set; } = "";
    /// <summary>The last day of the month: balances and aging are as of this day.</summary>
    public DateOnly AsOf { get; private set; }
    public decimal Billed { get; private set; }
    public decimal Collected { get; private set; }
    public decimal Credited { get; private set; }
    public decimal Outstanding { get; private set; }
    public decimal Aging0To30 { get; private set; }
    public decimal Aging31To60 { get; private set; }
    public decimal Aging61To90 { get; private set; }
    public decimal AgingOver90 { get; private set; }
    public int CoopsOwing { get; private set; }
    public byte[] Pdf { get; private set; } = [];
    public string GeneratedBy { get; private set; } = "";
    public DateTimeOffset GeneratedAt { get; private set; }
}
