using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Benefits;

/// <summary>Carrier-bill reconciliation through the API and the staff page: columns saved, a bill uploaded, its discrepancies as CSV.</summary>
public sealed class BenefitsReconciliationApiTests : WebTest
{
    private static MultipartFormDataContent Bill(int carrierId, string month, string csv)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { new StringContent($"{carrierId}"), "carrierId" }, { new StringContent(month), "month" }, { file, "file", "bill.csv" } };
    }

    [Test]
    public async Task StaffUploadABillAndDownloadItsDiscrepanciesAndARepIsRefused()
    {
        var staff = await StaffAsync();
        var rep = await RepAsync();
        var carrierId = await App.WithDbAsync(db => db.Plans.Where(p => p.Kind == PlanKind.Health).Select(p => p.CarrierId).FirstAsync());
        var group = await App.WithDbAsync(db => db.CoopParticipations.Where(p => p.GroupNumber != null).Select(p => p.GroupNumber!).FirstAsync());
        var csv = "Group Number,Member ID,Premium,Member Name\n" + $"{group},CA999999,300.00,Nobody We Know\n";

        var badColumns = await staff.PutAsJsonAsync($"/api/v1/benefits/carriers/{carrierId}/bill-mapping",
            new { groupNumberColumn = "", memberIdColumn = "Member ID", premiumColumn = "Premium", delimiter = "," });
        Assert.That((await ProblemAsync(badColumns, HttpStatusCode.BadRequest)).GetProperty("errors").GetRawText(),
            Does.Contain("Give the header of the column with the co-op"));
        var saved = await staff.PutAsJsonAsync($"/api/v1/benefits/carriers/{carrierId}/bill-mapping",
            new { groupNumberColumn = "Group Number", memberIdColumn = "Member ID", premiumColumn = "Premium", memberNameColumn = "Member Name", delimiter = "," });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(FieldErrors(await ProblemAsync(await staff.PostAsync("/api/v1/benefits/reconciliations", Bill(carrierId, "Jan", csv)), HttpStatusCode.BadRequest), "month"),
            Is.Not.Empty);

        var created = await JsonAsync(await staff.PostAsync("/api/v1/benefits/reconciliations", Bill(carrierId, "2026-12", csv)), HttpStatusCode.Created);
        var id = created.GetProperty("upload").GetProperty("id").GetInt32();
        var kinds = created.GetProperty("discrepancies").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).ToList();
        Assert.That(kinds, Does.Contain("BilledNotEnrolled"));
        Assert.That(kinds, Does.Contain("EnrolledNotBilled"), "everyone the demo enrolled is missing from this bill");

        var report = await staff.GetAsync($"/api/v1/benefits/reconciliations/{id}/discrepancies.csv");
        Assert.That(report.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var text = await report.Content.ReadAsStringAsync();
        Assert.That(text, Does.StartWith("What,Co-op,Group number,Member id").And.Contain("CA999999"));
        Assert.That(await staff.GetStringAsync($"/Benefits/Reconciliation?id={id}"), Does.Contain("Billed but not enrolled").And.Contain("Nobody We Know"));

        await ProblemAsync(await rep.PostAsync("/api/v1/benefits/reconciliations", Bill(carrierId, "2026-12", csv)), HttpStatusCode.Forbidden);
        await ProblemAsync(await rep.GetAsync($"/api/v1/benefits/reconciliations/{id}/discrepancies.csv"), HttpStatusCode.Forbidden);
        await ProblemAsync(await staff.GetAsync("/api/v1/benefits/reconciliations/999999/discrepancies.csv"), HttpStatusCode.NotFound);
    }
}
