using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Infrastructure.Reporting;

namespace CoopAlliance.Application.Tests.Reporting;

/// <summary>The report layer's line chart: labels, values and legend come out as readable text, and it lays out what it is given.</summary>
public sealed class LineChartTests
{
    private readonly IPdfRenderer _renderer = new SkiaPdfRenderer();

    [Test]
    public void ALineChartPrintsItsLabelsEveryPointsValueAndALegendForTwoSeries()
    {
        var pdf = _renderer.Render(new ReportBuilder("Members")
            .LineChart("Workers by year", ["2024", "2025", "2026"],
                [new LineSeries("Worker-owners", [120m, 135m, 151m]), new LineSeries("All workers", [180m, 197m, 1204m])])
            .LineChart("Nothing yet", [], [])
            .Build());

        var text = string.Join("\n", PdfText.Read(pdf).Lines);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Workers by year"));
            foreach (var expected in new[] { "2024", "2025", "2026", "120", "135", "151", "180", "197", "1,204", "Worker-owners", "All workers" })
            {
                Assert.That(text, Does.Contain(expected));
            }

            Assert.That(text, Does.Contain("No data."), "an empty chart says so");
        });
    }
}
