using System.Net;
using CoopAlliance.Application.Benefits.Files;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Benefits;

/// <summary>Staff's enrollment files page: make a file, download it as 834 and CSV, and record the carrier's answer.</summary>
public sealed class BenefitsExportsPageTests : WebTest
{
    [Test]
    public async Task StaffMakeAChangeFileDownloadItAndRejectItOnlyWithAReasonAndAfterConfirming()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var carrierId = await App.WithDbAsync(db => db.Plans.Where(p => p.Kind != PlanKind.Retirement).Select(p => p.CarrierId).FirstAsync());
        var before = await App.WithDbAsync(db => db.EnrollmentExports.CountAsync());

        var refused = await Forms.PostAsync(staff, "/Benefits/Exports?handler=Create", new() { ["carrierId"] = $"{carrierId}", ["kind"] = "" });
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("Choose a full file or a change file."));
        Assert.That(await App.WithDbAsync(db => db.EnrollmentExports.CountAsync()), Is.EqualTo(before));

        var made = await Forms.PostAsync(staff, "/Benefits/Exports?handler=Create", new() { ["carrierId"] = $"{carrierId}", ["kind"] = "Changes" });
        Assert.That(made.StatusCode, Is.EqualTo(HttpStatusCode.Found), await made.Content.ReadAsStringAsync());
        var page = await staff.GetStringAsync(made.Headers.Location!.ToString());
        var export = await App.WithDbAsync(db => db.EnrollmentExports.OrderByDescending(e => e.Id).FirstAsync());
        Assert.That(export.Kind, Is.EqualTo(EnrollmentExportKind.Changes));
        Assert.That(page, Does.Contain($"data-export=\"{export.Id}\"").And.Contain(export.FileName).And.Contain("href=\"/Benefits\""));

        var x12 = await staff.GetAsync($"/Benefits/Exports?handler=File&id={export.Id}");
        Assert.That(X12Document.Parse(await x12.Content.ReadAsStringAsync()).Check(), Is.Empty);
        var csv = await staff.GetAsync($"/Benefits/Exports?handler=Csv&id={export.Id}");
        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(await csv.Content.ReadAsStringAsync(), Does.Contain("Subscriber id"));

        var noReason = await Forms.PostAsync(staff, "/Benefits/Exports?handler=Reject", new() { ["id"] = $"{export.Id}", ["reason"] = " " });
        Assert.That(await noReason.Content.ReadAsStringAsync(), Does.Contain("Say why the carrier rejected the file."));
        var asked = await Forms.PostAsync(staff, "/Benefits/Exports?handler=Reject", new() { ["id"] = $"{export.Id}", ["reason"] = "Bad group number" });
        Assert.That(await asked.Content.ReadAsStringAsync(), Does.Contain($"data-confirm-reject=\"{export.Id}\"").And.Contain("Yes, reject"));
        Assert.That(await App.WithDbAsync(db => db.EnrollmentExports.Where(e => e.Id == export.Id).Select(e => e.Status).SingleAsync()),
            Is.EqualTo(EnrollmentExportStatus.Sent), "nothing changes before the confirmation");

        await Forms.PostAsync(staff, "/Benefits/Exports?handler=Reject", new() { ["id"] = $"{export.Id}", ["reason"] = "Bad group number", ["confirmed"] = "true" });
        var rejected = await App.WithDbAsync(db => db.EnrollmentExports.SingleAsync(e => e.Id == export.Id));
        Assert.That(rejected.Status, Is.EqualTo(EnrollmentExportStatus.Rejected));
        Assert.That(rejected.DecisionNote, Is.EqualTo("Bad group number"));
        Assert.That(await App.WithDbAsync(db => db.Elections.CountAsync(e => e.ExportId == export.Id)), Is.Zero, "its changes go back to the next file");

        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        var denied = await rep.GetAsync("/Benefits/Exports");
        Assert.That(denied.StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Found));
        Assert.That(await denied.Content.ReadAsStringAsync(), Does.Not.Contain(export.FileName));
    }
}
