using CoopAlliance.Application.Assistance;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Common;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Web.Pages.MyCoop.Assistance;

/// <summary>"Ask for help": a rep sends a request, with files if they have them.</summary>
[AttachmentUploadLimit]
public sealed class NewModel(IMediator mediator, IOptions<AssistanceOptions> options) : AppPageModel(mediator)
{
    /// <summary>Files one form may carry; more can be added on the request's page.</summary>
    public const int MaxFilesAtOnce = 5;

    [BindProperty] public SubmitAssistanceRequest Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

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
        // Files are checked before anything is saved, so a wrong file never leaves a request half sent.
        var files = await AssistanceFiles.ReadAsync(Files, MaxFilesAtOnce, MaxBytes, ModelState, nameof(Files), HttpContext.RequestAborted);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (ok, id) = await TrySendAsync(Input);
        if (!ok)
        {
            return Page();
        }

        foreach (var (name, data) in files)
        {
            await Mediator.Send(new UploadAssistanceAttachment(id, name, data), HttpContext.RequestAborted);
        }

        Flash($"Your request \"{Input.Title.Trim()}\" is sent. Staff will answer by {await FirstResponseDueAsync(id)}.");
        return RedirectToPage("/MyCoop/Assistance/Request", new { id });
    }

    private async Task<string> FirstResponseDueAsync(int id) =>
        (await Mediator.Send(new GetAssistanceRequest(id), HttpContext.RequestAborted)).FirstResponseDueOn.ToString("dddd, MMMM d");
}

/// <summary>Reads uploaded files and checks them against the attachment policy, recording problems beside the field.</summary>
public static class AssistanceFiles
{
    public static string Allowed => "PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, TXT or CSV";

    public static string Megabytes(long bytes) => $"{bytes / 1024d / 1024d:0.#} MB";

    public static async Task<List<(string Name, byte[] Data)>> ReadAsync(IEnumerable<IFormFile> files, int maxFiles, long maxBytes,
        Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string field, CancellationToken ct)
    {
        var read = new List<(string, byte[])>();
        var list = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (list.Count > maxFiles)
        {
            modelState.AddModelError(field, $"Attach at most {maxFiles} files at once.");
            return read;
        }

        foreach (var file in list)
        {
            if (file.Length > maxBytes)
            {
                modelState.AddModelError(field, $"{file.FileName} is {Megabytes(file.Length)}; files can be at most {Megabytes(maxBytes)}.");
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
