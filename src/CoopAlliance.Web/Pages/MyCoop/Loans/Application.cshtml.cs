using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Financing;
using CoopAlliance.Domain.Financing;
using CoopAlliance.Web.Infrastructure;
using CoopAlliance.Web.Pages.MyCoop.Assistance;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Web.Pages.MyCoop.Loans;

/// <summary>
/// One of the co-op's loan applications for its rep: where it stands, the committee's decision with its reasons and
/// terms, the documents sent, and a way to add one while it is being reviewed. Another co-op's application is not there (404).
/// </summary>
[AttachmentUploadLimit]
public sealed class ApplicationModel(IMediator mediator, IOptions<AssistanceOptions> options, IStringLocalizer<ApplicationModel> words) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public IFormFile? Document { get; set; }
    [BindProperty] public LoanAttachmentKind Kind { get; set; } = LoanAttachmentKind.BusinessPlan;

    public ApplicationDto Application { get; private set; } = null!;
    public LoanApplicant Applicant { get; private set; } = null!;
    public long MaxBytes => options.Value.MaxAttachmentBytes;

    public bool CanAttach => Application.Status is ApplicationStatus.Intake or ApplicationStatus.InReview;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAttachAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var ct = HttpContext.RequestAborted;
        var files = await AssistanceFiles.ReadAsync(Document is null ? [] : [Document], 1, MaxBytes, ModelState, nameof(Document), ct, words);
        if (ModelState.IsValid && files.Count == 0)
        {
            ModelState.AddModelError(nameof(Document), words["Choose a file."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (name, data) = files[0];
        var (ok, _) = await TrySendAsync(new AttachLoanDocument(Id, Kind, name, data), "");
        if (!ok)
        {
            return Page();
        }

        Flash(words["{0} is attached to your application.", name]);
        return RedirectToPage("/MyCoop/Loans/Application", new { id = Id });
    }

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await LoanApplicant.FindAsync(User, Mediator, ct) is not { } applicant || await FindAsync(new GetLoanApplication(Id)) is not { } application)
        {
            return false;
        }

        Applicant = applicant;
        Application = application;
        return true;
    }
}
