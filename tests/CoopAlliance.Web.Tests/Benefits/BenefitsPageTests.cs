using System.Net;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Benefits;

/// <summary>The rep's benefits page and staff's life-event queue, through real forms.</summary>
public sealed class BenefitsPageTests : WebTest
{
    [Test]
    public async Task TheRepSeesTheirPlansAndWorkersAndAWaiverWithoutAReasonIsRefusedInline()
    {
        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        var own = await RepCoopIdAsync();
        var html = await rep.GetStringAsync("/MyCoop/Benefits");
        Assert.That(html, Does.Contain("Valley Health Plus").And.Contain("Dental Basic").And.Contain("What your co-op pays"));
        Assert.That(html, Does.Contain("•••• ").Or.Contain("&#x2022;"), "taxpayer ids are masked");
        Assert.That(await rep.GetStringAsync("/MyCoop"), Does.Contain("/MyCoop/Benefits"));

        var target = await App.WithDbAsync(db => db.BenefitMembers.Where(m => m.CooperativeId == own).Select(m => m.Id).FirstAsync());
        var year = await App.WithDbAsync(db => db.CoopParticipations.Where(p => p.CooperativeId == own).Select(p => p.PlanYearId).FirstAsync());
        var before = await App.WithDbAsync(db => db.Elections.CountAsync());
        var response = await Forms.PostAsync(rep, "/MyCoop/Benefits?handler=Waive", new()
        {
            ["memberId"] = $"{target}",
            ["planYearId"] = $"{year}",
            ["effectiveOn"] = "2027-01-01",
            ["waiveReason"] = "",
        });
        var page = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("Give the reason for waiving."));
        Assert.That(await App.WithDbAsync(db => db.Elections.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task StaffSeeThePendingBirthWithItsEvidenceAndARepCannotOpenTheQueue()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var html = await staff.GetStringAsync("/Benefits/LifeEvents");
        Assert.That(html, Does.Contain("Birth or adoption").And.Contain("birth-certificate.pdf").And.Contain("Approve"));
        var pending = await App.WithDbAsync(db => db.LifeEvents.Include(e => e.Attachments).FirstAsync(e => e.Status == LifeEventStatus.Pending));
        var evidence = await staff.GetAsync($"/Benefits/LifeEvents?handler=Evidence&id={pending.Id}&attachmentId={pending.Attachments.First().Id}");
        Assert.That(evidence.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));

        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        var denied = await rep.GetAsync("/Benefits/LifeEvents");
        Assert.That(denied.StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Found));
        Assert.That(await denied.Content.ReadAsStringAsync(), Does.Not.Contain("birth-certificate.pdf"));
    }
}
