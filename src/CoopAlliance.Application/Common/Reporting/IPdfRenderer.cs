namespace CoopAlliance.Application.Common.Reporting;

/// <summary>Turns a <see cref="ReportDocument"/> into PDF bytes (Infrastructure draws it with SkiaSharp).</summary>
public interface IPdfRenderer
{
    byte[] Render(ReportDocument document);
}
