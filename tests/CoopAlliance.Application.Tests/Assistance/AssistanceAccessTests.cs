using System.Text;
using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Common;

namespace CoopAlliance.Application.Tests.Assistance;

public sealed class AssistanceAccessTests : AssistanceTestBase
{
    private const string Secret = "INTERNAL: their treasurer may be leaving";

    [Test]
    public async Task ARepOfAnotherCoopGetsNotFoundForEverythingAboutARequest()
    {
        var ours = await AddActiveCoopAsync();
        var theirs = await AddActiveCoopAsync("Green Mountain Solar Cooperative");
        var id = await SubmitAsRepAsync(ours);
        var file = await SendAsync(new UploadAssistanceAttachment(id, "bylaws.txt", Encoding.UTF8.GetBytes("Article I")));

        RunAsRep(theirs, userId: 9100);

        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetAssistanceRequest(id)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new AddAssistanceComment(id, "Hello?")));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetAssistanceAttachment(id, file)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new UploadAssistanceAttachment(id, "x.txt", "x"u8.ToArray())));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ReopenAssistance(id, "Mine now")));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetHoursBalance(ours)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new SubmitAssistanceRequest
        {
            CoopId = ours,
            Category = AssistanceCategory.Other,
            Title = "On their behalf",
            Description = "x",
        }));
        var list = await SendAsync(new ListAssistanceRequests());
        Assert.That(list.Total, Is.Zero);
        var filtered = await SendAsync(new ListAssistanceRequests { CoopId = ours });
        Assert.That(filtered.Total, Is.Zero);
    }

    [Test]
    public async Task ARepListsOnlyTheirOwnCoopsRequestsAndStaffListAll()
    {
        var ours = await AddActiveCoopAsync();
        var theirs = await AddActiveCoopAsync("Green Mountain Solar Cooperative");
        await SubmitAsRepAsync(ours, "Ours");
        await SubmitAsRepAsync(theirs, "Theirs");

        RunAsRep(ours);
        var mine = await SendAsync(new ListAssistanceRequests());
        RunAsStaff();
        var all = await SendAsync(new ListAssistanceRequests());

        Assert.That(mine.Items.Select(i => i.Title), Is.EqualTo(new[] { "Ours" }));
        Assert.That(all.Total, Is.EqualTo(2));
    }

    [Test]
    public async Task ARepNeverSeesAnInternalCommentButStaffDo()
    {
        var coopId = await AddActiveCoopAsync();
        var id = await SubmitAsRepAsync(coopId);
        await SendAsync(new AddAssistanceComment(id, Secret, IsInternal: true));
        await SendAsync(new AddAssistanceComment(id, "We will call you on Tuesday."));

        RunAsRep(coopId);
        var repView = await SendAsync(new GetAssistanceRequest(id));
        RunAsStaff();
        var staffView = await SendAsync(new GetAssistanceRequest(id));

        Assert.That(repView.Comments.Select(c => c.Body), Is.EqualTo(new[] { "We will call you on Tuesday." }));
        Assert.That(repView.Comments.Any(c => c.IsInternal), Is.False);
        Assert.That(System.Text.Json.JsonSerializer.Serialize(repView), Does.Not.Contain("treasurer"));
        Assert.That(staffView.Comments.Select(c => c.Body), Is.EqualTo(new[] { Secret, "We will call you on Tuesday." }));
    }

    [Test]
    public async Task ARepCannotWriteAnInternalCommentNorTriage()
    {
        var coopId = await AddActiveCoopAsync();
        var id = await SubmitAsRepAsync(coopId);
        RunAsRep(coopId);

        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new AddAssistanceComment(id, "psst", IsInternal: true)));
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new TriageAssistance { Id = id, Category = AssistanceCategory.Other }));
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ListProviders()));
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ExportTimeEntries()));
    }

    [Test]
    public async Task AMentorSeesNoRequests()
    {
        var coopId = await AddActiveCoopAsync();
        var id = await SubmitAsRepAsync(coopId);
        RunAsMentor();

        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetAssistanceRequest(id)));
        Assert.That((await SendAsync(new ListAssistanceRequests())).Total, Is.Zero);
    }

    [Test]
    public async Task AttachmentsAreStoredWithTheirCheckedTypeAndServedToTheCoopAndStaff()
    {
        var coopId = await AddActiveCoopAsync();
        var id = await SubmitAsRepAsync(coopId);
        var pdf = "%PDF-1.4\nour bylaws"u8.ToArray();
        RunAsRep(coopId);

        var fileId = await SendAsync(new UploadAssistanceAttachment(id, "C:\\Users\\maria\\..\\Bylaws.pdf", pdf));
        var forRep = await SendAsync(new GetAssistanceAttachment(id, fileId));
        RunAsStaff();
        var forStaff = await SendAsync(new GetAssistanceAttachment(id, fileId));

        Assert.That(forRep.Data, Is.EqualTo(pdf));
        Assert.That(forStaff.FileName, Is.EqualTo("Bylaws.pdf"));
        Assert.That(forStaff.ContentType, Is.EqualTo("application/pdf"));
        Assert.That((await SendAsync(new GetAssistanceRequest(id))).Attachments.Single().SizeBytes, Is.EqualTo(pdf.Length));
        RunAsRep(coopId);
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new UploadAssistanceAttachment(id, "invoice.pdf", "<script>"u8.ToArray())));
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new UploadAssistanceAttachment(id, "tool.exe", "MZ"u8.ToArray())));
        var otherRequest = await SubmitAsRepAsync(coopId, "Another");
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetAssistanceAttachment(otherRequest, fileId)), "the file belongs to the first request");
    }
}
