using CoopAlliance.Application.Assistance;
using CoopAlliance.Domain.Assistance;
using Microsoft.Extensions.Configuration;

namespace CoopAlliance.Application.Tests.Assistance;

public sealed class AssistanceOptionsTests
{
    private static AssistanceOptions Bind(Dictionary<string, string?> settings)
    {
        var options = new AssistanceOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(AssistanceOptions.Section).Bind(options);
        return options;
    }

    [Test]
    public void TheCalendarTargetsAndTiersComeFromConfiguration()
    {
        var options = Bind(new()
        {
            ["Assistance:Holidays:0"] = "2026-11-26",
            ["Assistance:SlaTargets:Urgent:FirstResponseDays"] = "2",
            ["Assistance:SlaTargets:Urgent:ResolutionDays"] = "4",
            ["Assistance:SubsidizedHoursByTier:Over5M"] = "25",
            ["Assistance:FiscalYearStartMonth"] = "7",
        });

        var due = options.SlaPolicy().DueDates(Priority.Urgent, new DateOnly(2026, 11, 24)); // Tuesday before Thanksgiving

        Assert.That(due.FirstResponseDueOn, Is.EqualTo(new DateOnly(2026, 11, 27)), "Wed, (Thanksgiving), Fri");
        Assert.That(due.ResolutionDueOn, Is.EqualTo(new DateOnly(2026, 12, 1)));
        Assert.That(options.SubsidizedHoursFor("Over5M"), Is.EqualTo(25m));
        Assert.That(options.SubsidizedHoursFor("Under100K"), Is.EqualTo(10m), "a tier not listed gets the default");
        Assert.That(options.FiscalYearStartMonth, Is.EqualTo(7));
    }
}
