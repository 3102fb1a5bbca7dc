using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Web.Infrastructure;
using CoopAlliance.Web.Pages.MyCoop.Assistance;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Web.Pages.Assistance;

/// <summary>
/// Staff work one request: triage and assignment (one form), the lifecycle steps (declining and closing are confirmed first),
/// the conversation with internal and shared comments, files, hours and the hours-bank approval.
/// </summary>
[AttachmentUploadLimit]
public sealed class RequestModel(IMediator mediator, IOptions<AssistanceOptions> options, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public TriageInput Triage { get; set; } = new();
    [BindProperty] public AssignInput Assign { get; set; } = new();
    [BindProperty] public StepInput Step { get; set; } = new();
    [BindProperty] public CommentInput Comment { get; set; } = new();
    [BindProperty] public TimeInput Time { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public AssistanceDetail Ta { get; private set; } = null!;
    public IReadOnlyList<ProviderDto> Providers { get; private set; } = [];
    public HoursBalance Hours { get; private set; } = null!;
    /// <summary>The step whose form was posted: its fields keep what was typed and show its errors.</summary>
    public AssistanceEventKind? Posted { get; private set; }
    /// <summary>A decline or close waiting for the person to confirm it.</summary>
    public AssistanceEventKind? Confirming { get; private set; }
    public DateOnly Today => clock.Today;
    public long MaxBytes => options.Value.MaxAttachmentBytes;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Triage = new TriageInput
        {
            Priority = Ta.Priority,
            Category = Ta.Category,
            FirstResponseDueOn = Ta.FirstResponseDueOn,
            ResolutionDueOn = Ta.ResolutionDueOn,
            EstimatedHours = Ta.EstimatedHours,
        };
        Assign = new AssignInput { ProviderId = Ta.ProviderId };
        Time = new TimeInput { ProviderId = Ta.ProviderId, WorkedOn = Today };
        return Page();
    }

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

    /// <summary>
    /// The one "triage and assign" form: the triage, and the provider when one is chosen (or changed), saved together
    /// or not at all, so staff never have to come back to a second form once the first is saved.
    /// </summary>
    public async Task<IActionResult> OnPostTriageAsync()
    {
        Posted = AssistanceEventKind.Triaged;
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var changed = Triage.Original is { } original && (original.Priority != Triage.Priority);
        var triage = new TriageAssistance
        {
            Id = Id,
            Priority = Triage.Priority,
            Category = Triage.Category,
            FirstResponseDueOn = changed ? null : Triage.FirstResponseDueOn,
            ResolutionDueOn = changed ? null : Triage.ResolutionDueOn,
            EstimatedHours = Triage.EstimatedHours,
            Note = Triage.Note,
            Version = Triage.Version,
        };
        // The provider already on the request is kept as it is; another one (or a first one) is assigned.
        var assign = Assign.ProviderId is { } chosen && chosen != Ta.ProviderId ? new AssignAssistance(Id, chosen, Assign.Note) : null;
        var provider = assign is null ? null : Providers.FirstOrDefault(p => p.Id == assign.ProviderId)?.Name ?? "The provider";
        var (ok, _) = await TrySendAsync(new TriageAndAssignAssistance(triage, assign), "");
        return await AfterAsync(ok, provider is null
            ? "The triage is saved."
            : $"The triage is saved and {provider} is assigned; they have been emailed the request.", "");
    }

    public Task<IActionResult> OnPostStartAsync() => StepAsync(AssistanceEventKind.Started, new StartAssistance(Id, Step.Note), "Work has started.");

    public Task<IActionResult> OnPostWaitAsync() =>
        StepAsync(AssistanceEventKind.WaitingOnCoop, new WaitOnCoop(Id, Step.Reason ?? ""), "The request waits on the co-op; they are emailed what is needed.");

    public Task<IActionResult> OnPostResumeAsync() => StepAsync(AssistanceEventKind.Resumed, new ResumeAssistance(Id, Step.Note), "Work has resumed.");

    public Task<IActionResult> OnPostResolveAsync() =>
        StepAsync(AssistanceEventKind.Resolved, new ResolveAssistance(Id, Step.Resolution ?? ""), "The request is resolved; the co-op is asked to rate the help.");

    public Task<IActionResult> OnPostCloseAsync() => StepAsync(AssistanceEventKind.Closed, new CloseAssistance(Id, Step.Note), "The request is closed.");

    public Task<IActionResult> OnPostDeclineAsync() =>
        StepAsync(AssistanceEventKind.Declined, new DeclineAssistance(Id, Step.Reason ?? ""), "The request is declined; the co-op is told why.");

    public Task<IActionResult> OnPostReopenAsync() => StepAsync(AssistanceEventKind.Reopened, new ReopenAssistance(Id, Step.Reason ?? ""), "The request is open again.");

    public Task<IActionResult> OnPostApproveHoursAsync() =>
        StepAsync(AssistanceEventKind.HoursApproved, new ApproveExtraHours(Id, Step.Note), "The extra subsidized hours are approved.");

    public async Task<IActionResult> OnPostCommentAsync()
    {
        var (ok, _) = await TrySendAsync(new AddAssistanceComment(Id, Comment.Body ?? "", Comment.IsInternal), "Comment");
        return await AfterAsync(ok, Comment.IsInternal ? "Your internal note is saved; only staff can see it." : "Your comment is shared with the co-op and emailed to them.",
            "#conversation");
    }

    public async Task<IActionResult> OnPostLogTimeAsync()
    {
        var (ok, _) = await TrySendAsync(new LogTime
        {
            Id = Id,
            ProviderId = Time.ProviderId,
            WorkedOn = Time.WorkedOn ?? default,
            Hours = Time.Hours ?? 0,
            Note = Time.Note,
            Billing = Time.Billing,
        }, "Time");
        return await AfterAsync(ok, $"{Choices.Hours(Time.Hours ?? 0)} logged.", "#hours");
    }

    public async Task<IActionResult> OnPostUploadAsync()
    {
        var files = await AssistanceFiles.ReadAsync(Files, NewModel.MaxFilesAtOnce, MaxBytes, ModelState, nameof(Files), HttpContext.RequestAborted);
        if (ModelState.IsValid && files.Count == 0)
        {
            ModelState.AddModelError(nameof(Files), "Choose a file to add.");
        }

        var ok = ModelState.IsValid;
        foreach (var (name, data) in ok ? files : [])
        {
            (ok, _) = await TrySendAsync(new UploadAssistanceAttachment(Id, name, data), "");
            if (!ok)
            {
                break;
            }
        }

        return await AfterAsync(ok, files.Count == 1 ? "The file is added." : $"{files.Count} files are added.", "#files");
    }

    /// <summary>Declining and closing cannot be taken back by the co-op's staff alone, so they ask first.</summary>
    public static bool NeedsConfirmation(AssistanceEventKind step) => step is AssistanceEventKind.Declined or AssistanceEventKind.Closed;

    private async Task<IActionResult> StepAsync(AssistanceEventKind step, IRequest<Unit> command, string flash)
    {
        Posted = step;
        var reasonMissing = step == AssistanceEventKind.Declined && string.IsNullOrWhiteSpace(Step.Reason);
        if (NeedsConfirmation(step) && !Step.Confirmed && !reasonMissing)
        {
            Confirming = step;
            return await LoadAsync() ? Page() : NotFound();
        }

        return await SendAsync(command, "Step", flash);
    }

    private async Task<IActionResult> SendAsync(IRequest<Unit> command, string prefix, string flash)
    {
        var (ok, _) = await TrySendAsync(command, prefix);
        return await AfterAsync(ok, flash, "");
    }

    private async Task<IActionResult> AfterAsync(bool ok, string flash, string anchor)
    {
        if (ok)
        {
            Flash(flash);
            return Redirect(Url.Page("/Assistance/Request", new { id = Id }) + anchor);
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        if (await FindAsync(new GetAssistanceRequest(Id)) is not { } request)
        {
            return false;
        }

        Ta = request;
        Providers = await Mediator.Send(new ListProviders(), HttpContext.RequestAborted);
        Hours = await Mediator.Send(new GetHoursBalance(request.CooperativeId), HttpContext.RequestAborted);
        return true;
    }

    public IEnumerable<SelectListItem> ProviderChoices(int? selected, bool activeOnly) =>
        Providers.Where(p => !activeOnly || p.IsActive || p.Id == selected).Select(p => new SelectListItem(
            $"{p.Name}{(p.Organization is null ? "" : $" ({p.Organization})")} · {(p.Billing == Billing.Subsidized ? "subsidized" : $"billed ${p.HourlyRate:0.##}/h")}",
            p.Id.ToString(), p.Id == selected));

    public static string ButtonText(AssistanceEventKind step) => step switch
    {
        AssistanceEventKind.Started => "Start work",
        AssistanceEventKind.WaitingOnCoop => "Wait on the co-op",
        AssistanceEventKind.Resumed => "Resume work",
        AssistanceEventKind.Resolved => "Resolve",
        AssistanceEventKind.Closed => "Close",
        AssistanceEventKind.Declined => "Decline",
        AssistanceEventKind.Reopened => "Reopen",
        _ => step.Describe(),
    };

    public static string Handler(AssistanceEventKind step) => step switch
    {
        AssistanceEventKind.Started => "Start",
        AssistanceEventKind.WaitingOnCoop => "Wait",
        AssistanceEventKind.Resumed => "Resume",
        AssistanceEventKind.Resolved => "Resolve",
        AssistanceEventKind.Closed => "Close",
        AssistanceEventKind.Declined => "Decline",
        AssistanceEventKind.Reopened => "Reopen",
        _ => step.ToString(),
    };

    public sealed class TriageInput
    {
        public Priority Priority { get; set; } = Priority.Normal;
        public AssistanceCategory Category { get; set; }
        public DateOnly? FirstResponseDueOn { get; set; }
        public DateOnly? ResolutionDueOn { get; set; }
        public decimal? EstimatedHours { get; set; }
        public string? Note { get; set; }
        public int? Version { get; set; }
        /// <summary>The priority the form was shown with: changing it resets the target dates to the SLA's.</summary>
        public OriginalTriage? Original { get; set; }
    }

    public sealed class OriginalTriage
    {
        public Priority Priority { get; set; }
    }

    public sealed class AssignInput
    {
        public int? ProviderId { get; set; }
        public string? Note { get; set; }
    }

    public sealed class StepInput
    {
        public string? Note { get; set; }
        public string? Reason { get; set; }
        public string? Resolution { get; set; }
        public bool Confirmed { get; set; }
    }

    public sealed class CommentInput
    {
        public string? Body { get; set; }
        public bool IsInternal { get; set; }
    }

    public sealed class TimeInput
    {
        public int? ProviderId { get; set; }
        public DateOnly? WorkedOn { get; set; }
        public decimal? Hours { get; set; }
        public Billing? Billing { get; set; }
        public string? Note { get; set; }
    }
}
