using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Drafts;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Assistance;

/// <summary>
/// Never lose what was attached (issue 20, item 2): files of a failed form are held for the draft, by token and user;
/// the successful submit attaches only the submitter's and deletes them in its transaction; the cleanup deletes only
/// old drafts and may run twice.
/// </summary>
public sealed class DraftUploadTests : AssistanceTestBase
{
    private static readonly byte[] Pdf = "%PDF-1.4\nour plan"u8.ToArray();

    private static SubmitAssistanceRequest Request(string title) => new()
    {
        Category = AssistanceCategory.LegalAndBylaws,
        Title = title,
        Description = "We need help with our plan.",
        Urgency = Priority.Normal,
        PreferredContact = ContactMethod.Email,
    };

    private static Task<List<string>> AttachedAsync(int requestId) =>
        WithDbAsync(db => db.AssistanceAttachments.Where(a => a.AssistanceRequestId == requestId).Select(a => a.FileName).ToListAsync());

    [Test]
    public async Task TheSubmitAttachesTheHeldFilesAndDeletesTheDrafts()
    {
        var coopId = await AddActiveCoopAsync();
        RunAsRep(coopId);
        var token = await SendAsync(new HoldDraftUploads(null, [new DraftFile("plan.pdf", Pdf)]));

        var kept = await SendAsync(new ListDraftUploads(token));
        var id = await SendAsync(new SubmitAssistanceWithDrafts(Request("Our plan"), token));

        Assert.That(kept.Select(k => k.FileName), Is.EqualTo(new[] { "plan.pdf" }));
        Assert.That(await AttachedAsync(id), Is.EqualTo(new[] { "plan.pdf" }));
        Assert.That(await CountAsync<DraftUpload>(), Is.Zero, "the drafts went with the submit");
    }

    [Test]
    public async Task AnotherUsersTokenIsIgnored()
    {
        var coopId = await AddActiveCoopAsync();
        RunAsRep(coopId, userId: 9002);
        var token = await SendAsync(new HoldDraftUploads(null, [new DraftFile("theirs.pdf", Pdf)]));

        RunAsRep(coopId, userId: 9012);
        var seen = await SendAsync(new ListDraftUploads(token));
        var removed = await SendAsync(new RemoveDraftUpload(token, (await WithDbAsync(db => db.DraftUploads.SingleAsync())).Id));
        var id = await SendAsync(new SubmitAssistanceWithDrafts(Request("Someone else's draft"), token));

        Assert.That(seen, Is.Empty);
        Assert.That(removed, Is.False);
        Assert.That(await AttachedAsync(id), Is.Empty, "another user's held file is not attached");
        Assert.That(await CountAsync<DraftUpload>(), Is.EqualTo(1), "and stays theirs");
    }

    [Test]
    public async Task TheCleanupDeletesOnlyOldDraftsAndRunningItTwiceIsHarmless()
    {
        var coopId = await AddActiveCoopAsync();
        RunAsRep(coopId);
        Clock.Set(2026, 11, 20);
        await SendAsync(new HoldDraftUploads(null, [new DraftFile("old.pdf", Pdf)]));
        Clock.Set(2026, 11, 21, hour: 14);
        await SendAsync(new HoldDraftUploads(null, [new DraftFile("recent.pdf", Pdf)]));
        var cutoff = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero); // e.g. 24 hours before Nov 22, 12:00

        var first = await SendAsSystemAsync(new DeleteOldDraftUploads(cutoff));
        var second = await SendAsSystemAsync(new DeleteOldDraftUploads(cutoff));

        Assert.That(first, Is.EqualTo(1));
        Assert.That(second, Is.Zero);
        Assert.That(await WithDbAsync(db => db.DraftUploads.Select(d => d.FileName).ToListAsync()), Is.EqualTo(new[] { "recent.pdf" }));
    }
}
