using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Web.Pages.MyCoop.Assistance;

/// <summary>
/// A rep follows one of their co-op's requests: where it stands, the shared conversation (the application never
/// hands a rep an internal comment), files, and — once resolved — reopening within 30 days and a rating.
/// </summary>
[AttachmentUploadLimit]
public sealed class RequestModel(IMediator mediator, IOptions<AssistanceOptions> options, AllianceClock clock,
    IStringLocalizer<RequestModel> words, IStringLocalizer<NewModel> fileWords) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int? Stars { get; set; }
    [BindProperty] public string? RatingComment { get; set; }
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public AssistanceDetail Ta { get; private set; } = null!;
    public long MaxBytes => options.Value.MaxAttachmentBytes;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnGetFileAsync(int fileId)
    {
        var file = await FindAsync(new GetAssistanceAttachment(Id, fileId));
        if (file is null)
        {
            return NotFound();
        }

        // Always a download, never rendered in the page's origin: the browser must not guess another type.
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Data, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostCommentAsync()
    {
        var (ok, _) = await TrySendAsync(new AddAssistanceComment(Id, Body ?? ""), "");
        return await AfterAsync(ok, words["Your message is sent; staff will see it here and by email."], "#conversation");
    }

    public async Task<IActionResult> OnPostUploadAsync()
    {
        var files = await AssistanceFiles.ReadAsync(Files, NewModel.MaxFilesAtOnce, MaxBytes, ModelState, nameof(Files), HttpContext.RequestAborted, fileWords);
        var ok = ModelState.IsValid && files.Count > 0;
        if (ModelState.IsValid && files.Count == 0)
        {
            ModelState.AddModelError(nameof(Files), words["Choose a file to add."]);
        }

        foreach (var (name, data) in ok ? files : [])
        {
            (ok, _) = await TrySendAsync(new UploadAssistanceAttachment(Id, name, data), "");
            if (!ok)
            {
                break;
            }
        }

        return await AfterAsync(ok, files.Count == 1 ? words["Your file is added."] : words["Your {0} files are added.", files.Count], "#files");
    }

    public async Task<IActionResult> OnPostReopenAsync()
    {
        var (ok, _) = await TrySendAsync(new ReopenAssistance(Id, Reason ?? ""), "");
        return await AfterAsync(ok, words["The request is open again; staff are told why."], "");
    }

    public async Task<IActionResult> OnPostRateAsync()
    {
        var (ok, _) = await TrySendAsync(new RateAssistance(Id, Stars ?? 0, RatingComment), "");
        return await AfterAsync(ok, words["Thank you for rating the help."], "");
    }

    private async Task<IActionResult> AfterAsync(bool ok, string flash, string anchor)
    {
        if (ok)
        {
            Flash(flash);
            return Redirect(Url.Page("/MyCoop/Assistance/Request", new { id = Id }) + anchor);
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        if (RepCoop.IdOf(User) is null || await FindAsync(new GetAssistanceRequest(Id)) is not { } request)
        {
            return false;
        }

        Ta = request;
        return true;
    }

    /// <summary>What the status means for the co-op, in a sentence.</summary>
    public string Explain()
    {
        var r = Ta;
        return r.Status switch
        {
            AssistanceStatus.Submitted => words["Staff will look at it and answer by {0}.", Shared.RepDates.WeekdayMonthDay(r.FirstResponseDueOn)],
            AssistanceStatus.Triaged => words["Staff are finding the right person to help you."],
            AssistanceStatus.Assigned => words["{0} will help you and will contact you soon.", r.ProviderName ?? ""],
            AssistanceStatus.InProgress => r.ProviderName is { } provider
                ? words["{0} is working on it; the target is {1}.", provider, Formats.MonthDay(r.ResolutionDueOn)]
                : words["Your provider is working on it; the target is {0}.", Formats.MonthDay(r.ResolutionDueOn)],
            AssistanceStatus.WaitingOnCoop => words["We are waiting for something from your co-op: see the latest note below, then reply or add a file."],
            AssistanceStatus.Resolved => r.ResolvedAt is { } resolved ? words["Resolved on {0}.", Formats.LongDay(clock.DateOf(resolved))] : words["Resolved."],
            AssistanceStatus.Closed => words["Closed: nothing more to do."],
            AssistanceStatus.Declined => words["The alliance cannot take this request on; the reason is below."],
            _ => "",
        };
    }
}
