using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Drafts;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Common;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Web.Pages.MyCoop.Assistance;

/// <summary>"Ask for help": a rep sends a request, with files if they have them.</summary>
[AttachmentUploadLimit]
public sealed class NewModel(IMediator mediator, IOptions<AssistanceOptions> options, IStringLocalizer<NewModel> words) : AppPageModel(mediator)
{
    /// <summary>Files one form may carry; more can be added on the request's page.</summary>
    public const int MaxFilesAtOnce = 5;

    [BindProperty] public SubmitAssistanceRequest Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    /// <summary>The draft the files of a failed submit are held under (a hidden field); see <see cref="DraftUploadDto"/>.</summary>
    [BindProperty] public string? DraftToken { get; set; }

    /// <summary>Files sent with an earlier, failed submit of this form: attached when it succeeds.</summary>
    public IReadOnlyList<DraftUploadDto> Kept { get; private set; } = [];

    public long MaxBytes => options.Value.MaxAttachmentBytes;

    public IActionResult OnGet() => RepCoop.IdOf(User) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (RepCoop.IdOf(User) is null)
        {
            return NotFound();
        }

        Input = Input with { CoopId = null };
        // "Choose…" posts an empty category: the validator says so in plain words, not the model binder.
        ModelState.Remove("Input.Category");
        // Files are checked before anything is saved, so a wrong file never leaves a request half sent; the good ones
        // are held for the draft at once, so whatever else fails, the rep need not choose them again.
        if (!await KeepFilesAsync())
        {
            return Page();
        }

        var (ok, id) = await TrySendAsync(new SubmitAssistanceWithDrafts(Input, DraftToken));
        if (!ok)
        {
            Kept = await Mediator.Send(new ListDraftUploads(DraftToken), HttpContext.RequestAborted);
            return Page();
        }

        Flash(words["Your request \"{0}\" is sent. Staff will answer by {1}.", Input.Title.Trim(), await FirstResponseDueAsync(id)]);
        return RedirectToPage("/MyCoop/Assistance/Request", new { id });
    }

    /// <summary>"Remove" beside a kept file: drops it and shows the form again as it was typed.</summary>
    public async Task<IActionResult> OnPostRemoveKeptAsync(int keptId)
    {
        if (RepCoop.IdOf(User) is null)
        {
            return NotFound();
        }

        await Mediator.Send(new RemoveDraftUpload(DraftToken, keptId), HttpContext.RequestAborted);
        ModelState.Clear();
        await KeepFilesAsync();
        return Page();
    }

    /// <summary>
    /// Holds the files just sent (those that pass the checks) for the draft and lists everything kept; false when a
    /// file was refused or there would be too many (the message is beside the field).
    /// </summary>
    private async Task<bool> KeepFilesAsync()
    {
        var kept = await Mediator.Send(new ListDraftUploads(DraftToken), HttpContext.RequestAborted);
        var files = await AssistanceFiles.ReadAsync(Files, MaxFilesAtOnce - kept.Count, MaxBytes, ModelState, nameof(Files), HttpContext.RequestAborted, words);
        if (files.Count > 0)
        {
            DraftToken = await Mediator.Send(new HoldDraftUploads(DraftToken, files.Select(f => new DraftFile(f.Name, f.Data)).ToList()),
                HttpContext.RequestAborted);
            ModelState.Remove(nameof(DraftToken)); // the hidden field shows the token now in use
            kept = await Mediator.Send(new ListDraftUploads(DraftToken), HttpContext.RequestAborted);
        }

        Kept = kept;
        return ModelState.IsValid;
    }

    private async Task<string> FirstResponseDueAsync(int id) =>
        Shared.RepDates.WeekdayMonthDay((await Mediator.Send(new GetAssistanceRequest(id), HttpContext.RequestAborted)).FirstResponseDueOn);
}

/// <summary>Reads uploaded files and checks them against the attachment policy, recording problems beside the field.</summary>
public static class AssistanceFiles
{
    public static string Allowed => AllowedIn("or");

    /// <summary>The kinds of file allowed, joined by the language's "or".</summary>
    public static string AllowedIn(string or) => $"PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, TXT {or} CSV";

    public static string Megabytes(long bytes) => $"{bytes / 1024d / 1024d:0.#} MB";

    public static async Task<List<(string Name, byte[] Data)>> ReadAsync(IEnumerable<IFormFile> files, int maxFiles, long maxBytes,
        Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string field, CancellationToken ct, IStringLocalizer? words = null)
    {
        // The messages in the request's language where the page passes its localizer (NewModel's resource), else English.
        string Say(string english, params object[] args) => words is null ? string.Format(System.Globalization.CultureInfo.InvariantCulture, english, args) : words[english, args].Value;

        var read = new List<(string, byte[])>();
        var list = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (list.Count > maxFiles)
        {
            modelState.AddModelError(field, maxFiles <= 0 ? Say("No more files fit on this form; more can be added on the request's page once it is sent.")
                : Say("Attach at most {0} files at once.", maxFiles));
            return read;
        }

        foreach (var file in list)
        {
            if (file.Length > maxBytes)
            {
                modelState.AddModelError(field, Say("{0} is {1}; files can be at most {2}.", file.FileName, Megabytes(file.Length), Megabytes(maxBytes)));
                continue;
            }

            using var stream = new MemoryStream();
            await file.CopyToAsync(stream, ct);
            var data = stream.ToArray();
            try
            {
                AttachmentPolicy.Check(file.FileName, data, maxBytes);
                read.Add((file.FileName, data));
            }
            catch (DomainRuleException ex)
            {
                modelState.AddModelError(field, $"{file.FileName}: {ex.Message}");
            }
        }

        return read;
    }
}
