using System.ComponentModel.DataAnnotations;
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
/// "Apply for a loan": amount, what it is for (the business plan in words), the term, and optionally the business plan
/// and financial statements as files. Files are checked before anything is saved, so a refused form saves nothing.
/// </summary>
[AttachmentUploadLimit]
public sealed class ApplyModel(IMediator mediator, IOptions<AssistanceOptions> options, IStringLocalizer<ApplyModel> words) : AppPageModel(mediator)
{
    [BindProperty] public LoanApplicationForm Input { get; set; } = new();
    [BindProperty] public IFormFile? BusinessPlan { get; set; }
    [BindProperty] public IFormFile? FinancialStatements { get; set; }

    public LoanApplicant Applicant { get; private set; } = null!;
    public long MaxBytes => options.Value.MaxAttachmentBytes;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoanApplicant.FindAsync(User, Mediator, HttpContext.RequestAborted) is not { } applicant)
        {
            return RedirectToPage("/MyProject/Index");
        }

        Applicant = applicant;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await LoanApplicant.FindAsync(User, Mediator, ct) is not { } applicant)
        {
            return RedirectToPage("/MyProject/Index");
        }

        Applicant = applicant;
        var plan = await AssistanceFiles.ReadAsync(BusinessPlan is null ? [] : [BusinessPlan], 1, MaxBytes, ModelState, nameof(BusinessPlan), ct, words);
        var statements = await AssistanceFiles.ReadAsync(FinancialStatements is null ? [] : [FinancialStatements], 1, MaxBytes, ModelState,
            nameof(FinancialStatements), ct, words);
        // The validator says what is missing in plain words (and in the rep's language), not the model binder.
        var amountTyped = ModelState[$"{nameof(Input)}.{nameof(Input.Amount)}"]?.Errors.Count > 0;
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.TermMonths)}");
        if (amountTyped)
        {
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.Amount)}");
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Amount)}", words["Write the amount in dollars and cents, e.g. 12000 or 12000.50."]);
        }

        var command = new SubmitLoanApplication(applicant.CoopId, applicant.DevelopingCoopId, Input.Amount ?? 0, Input.Purpose ?? "", Input.TermMonths ?? 0);
        if (!ModelState.IsValid)
        {
            // Still check the rest, so every problem shows at once; nothing is saved.
            var failures = new SubmitLoanApplicationValidator().Validate(command).Errors
                .Where(e => !(amountTyped && e.PropertyName == nameof(Input.Amount))).ToList();
            if (failures.Count > 0)
            {
                await TryAsync<int>(() => throw new Application.Common.Exceptions.ValidationException(failures));
            }

            return Page();
        }

        var (ok, id) = await TrySendAsync(command);
        if (!ok)
        {
            return Page();
        }

        foreach (var (kind, files) in new[] { (LoanAttachmentKind.BusinessPlan, plan), (LoanAttachmentKind.FinancialStatements, statements) })
        {
            foreach (var (name, data) in files)
            {
                await Mediator.Send(new AttachLoanDocument(id, kind, name, data), ct);
            }
        }

        Flash(words["Your application for {0} is sent. The alliance will review it and write to you.", Domain.Dues.Money.Format(command.Amount)]);
        return RedirectToPage("/MyCoop/Loans/Application", new { id });
    }
}

public sealed class LoanApplicationForm
{
    [Display(Name = "Amount you ask for, in dollars")] public decimal? Amount { get; set; }
    [Display(Name = "What the loan is for")] public string? Purpose { get; set; }
    [Display(Name = "Months to repay")] public int? TermMonths { get; set; } = 24;
}
