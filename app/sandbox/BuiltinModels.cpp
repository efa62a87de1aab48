#include "app/sandbox/BuiltinModels.h"

#include "app/sandbox/CogSchema.h"

#include <QJsonArray>

namespace r8::sandbox::builtin {

using namespace r8::sandbox::cog;

namespace {
QString S(const char* s)
{
    return QString::fromUtf8(s);
}
QJsonObject uriArrayOutput()
{
    return {{S("type"), S("array")},
            {S("items"), QJsonObject{{S("type"), S("string")}, {S("format"), S("uri")}}},
            {S("title"), S("Output")}};
}
} // namespace

SandboxModel fluxSchnell()
{
    SandboxModel m;
    m.owner = S("black-forest-labs");
    m.name = S("flux-schnell");
    m.description = S("The fastest image generation model tailored for local development and personal use");
    m.kind = SandboxModel::Kind::Image;
    m.official = true;
    m.imageFormat = S("webp");
    m.githubUrl = S("https://github.com/black-forest-labs/flux");
    m.licenseUrl =
        S("https://github.com/black-forest-labs/flux/blob/main/model_licenses/LICENSE-FLUX1-schnell");
    m.input = inputObject(
        {{S("prompt"), stringProp(0, S("Prompt"), S("Prompt for generated image"))},
         {S("aspect_ratio"),
          enumProp(1, S("aspect_ratio"), S("Aspect ratio for the generated image"), S("1:1"))},
         {S("num_outputs"), intProp(2, S("Num Outputs"), S("Number of outputs to generate"), 1, 1, 4)},
         {S("num_inference_steps"), intProp(3, S("Num Inference Steps"),
                                            S("Number of denoising steps. 4 is recommended, and lower number "
                                              "of steps produce lower quality outputs, faster."),
                                            4, 1, 4)},
         {S("seed"), intProp(4, S("Seed"), S("Random seed. Set for reproducible generation"), QJsonValue())},
         {S("output_format"), enumProp(5, S("output_format"), S("Format of the output images"), S("webp"))},
         {S("output_quality"), intProp(6, S("Output Quality"),
                                       S("Quality when saving the output images, from 0 to 100. 100 is best "
                                         "quality, 0 is lowest quality. Not relevant for .png outputs"),
                                       80, 0, 100)},
         {S("disable_safety_checker"),
          boolProp(7, S("Disable Safety Checker"), S("Disable safety checker for generated images."), false)},
         {S("go_fast"), boolProp(8, S("Go Fast"),
                                 S("Run faster predictions with model optimized for speed (currently fp8 "
                                   "quantized); disable to run in original bf16"),
                                 true)},
         {S("megapixels"),
          enumProp(9, S("megapixels"), S("Approximate number of megapixels for generated image"), S("1"))}},
        {S("prompt")});
    m.output = uriArrayOutput();
    m.enums = {{S("aspect_ratio"),
                enumSchema(S("aspect_ratio"), {S("1:1"), S("16:9"), S("21:9"), S("3:2"), S("2:3"), S("4:5"),
                                               S("5:4"), S("3:4"), S("4:3"), S("9:16"), S("9:21")})},
               {S("output_format"), enumSchema(S("output_format"), {S("webp"), S("jpg"), S("png")})},
               {S("megapixels"), enumSchema(S("megapixels"), {S("1"), S("0.25")})}};
    return m;
}

SandboxModel sdxl()
{
    SandboxModel m;
    m.owner = S("stability-ai");
    m.name = S("sdxl");
    m.description = S("A text-to-image generative AI model that creates beautiful images");
    m.kind = SandboxModel::Kind::Image;
    m.imageFormat = S("png");
    m.githubUrl = S("https://github.com/replicate/cog-sdxl");
    m.paperUrl = S("https://arxiv.org/abs/2307.01952");
    m.licenseUrl =
        S("https://github.com/Stability-AI/generative-models/blob/main/model_licenses/LICENSE-SDXL1.0");
    m.cogVersion = S("0.8.6");
    m.input = inputObject(
        {{S("prompt"),
          stringProp(0, S("Prompt"), S("Input prompt"), S("An astronaut riding a rainbow unicorn"))},
         {S("negative_prompt"), stringProp(1, S("Negative Prompt"), S("Input Negative Prompt"), S(""))},
         {S("image"), uriProp(2, S("Image"), S("Input image for img2img or inpaint mode"))},
         {S("mask"), uriProp(3, S("Mask"),
                             S("Input mask for inpaint mode. Black areas will be preserved, white areas will "
                               "be inpainted."))},
         {S("width"), intProp(4, S("Width"), S("Width of output image"), 1024, 128, 2048)},
         {S("height"), intProp(5, S("Height"), S("Height of output image"), 1024, 128, 2048)},
         {S("num_outputs"), intProp(6, S("Num Outputs"), S("Number of images to output."), 1, 1, 4)},
         {S("scheduler"), enumProp(7, S("scheduler"), S("scheduler"), S("K_EULER"))},
         {S("num_inference_steps"),
          intProp(8, S("Num Inference Steps"), S("Number of denoising steps"), 50, 1, 500)},
         {S("guidance_scale"),
          numberProp(9, S("Guidance Scale"), S("Scale for classifier-free guidance"), 7.5, 1, 50)},
         {S("prompt_strength"), numberProp(10, S("Prompt Strength"),
                                           S("Prompt strength when using img2img / inpaint. 1.0 corresponds "
                                             "to full destruction of information in image"),
                                           0.8, 0, 1)},
         {S("seed"),
          intProp(11, S("Seed"), S("Random seed. Leave blank to randomize the seed"), QJsonValue())},
         {S("refine"), enumProp(12, S("refine"), S("Which refine style to use"), S("no_refiner"))},
         {S("high_noise_frac"),
          numberProp(13, S("High Noise Frac"), S("For expert_ensemble_refiner, the fraction of noise to use"),
                     0.8, 0, 1)},
         {S("refine_steps"),
          intProp(14, S("Refine Steps"),
                  S("For base_image_refiner, the number of steps to refine, defaults to num_inference_steps"),
                  QJsonValue())},
         {S("apply_watermark"),
          boolProp(15, S("Apply Watermark"),
                   S("Applies a watermark to enable determining if an image is generated in downstream "
                     "applications. If you have other provisions for generating or deploying images safely, "
                     "you can use this to disable watermarking."),
                   true)},
         {S("lora_scale"),
          numberProp(16, S("Lora Scale"), S("LoRA additive scale. Only applicable on trained models."), 0.6,
                     0, 1)},
         {S("disable_safety_checker"),
          boolProp(17, S("Disable Safety Checker"),
                   S("Disable safety checker for generated images. This feature is only available through "
                     "the API. See "
                     "[https://replicate.com/docs/how-does-replicate-work#safety](https://replicate.com/docs/"
                     "how-does-replicate-work#safety)"),
                   false)}});
    m.output = uriArrayOutput();
    m.enums = {
        {S("scheduler"),
         enumSchema(S("scheduler"), {S("DDIM"), S("DPMSolverMultistep"), S("HeunDiscrete"), S("KarrasDPM"),
                                     S("K_EULER_ANCESTRAL"), S("K_EULER"), S("PNDM")})},
        {S("refine"),
         enumSchema(S("refine"), {S("no_refiner"), S("expert_ensemble_refiner"), S("base_image_refiner")})}};
    return m;
}

SandboxModel helloWorld()
{
    SandboxModel m;
    m.owner = S("replicate");
    m.name = S("hello-world");
    m.description = S("A tiny model that says hello");
    m.kind = SandboxModel::Kind::Text;
    m.githubUrl = S("https://github.com/replicate/cog-examples");
    m.cogVersion = S("0.3.0");
    m.input = inputObject({{S("text"), stringProp(0, S("Text"), S("Text to prefix with 'hello '"))}});
    m.output = {{S("type"), S("string")}, {S("title"), S("Output")}};
    return m;
}

SandboxModel llama3()
{
    SandboxModel m;
    m.owner = S("meta");
    m.name = S("meta-llama-3-8b-instruct");
    m.description = S("An 8 billion parameter language model from Meta, fine tuned for chat completions");
    m.kind = SandboxModel::Kind::Language;
    m.official = true;
    m.githubUrl = S("https://github.com/meta-llama/llama3");
    m.paperUrl = S("https://ai.meta.com/blog/meta-llama-3/");
    m.licenseUrl = S("https://github.com/meta-llama/llama3/blob/main/LICENSE");
    m.input = inputObject(
        {{S("prompt"), stringProp(0, S("Prompt"), S("Prompt to send to the model."), S(""))},
         {S("system_prompt"), stringProp(1, S("System Prompt"),
                                         S("System prompt to send to the model. This is prepended to the "
                                           "prompt and helps guide system behavior."),
                                         S("You are a helpful assistant"))},
         {S("max_tokens"),
          intProp(2, S("Max Tokens"),
                  S("Maximum number of tokens to generate. A word is generally 2-3 tokens."), 512, 1, 8192)},
         {S("min_tokens"), intProp(3, S("Min Tokens"),
                                   S("Minimum number of tokens to generate. To disable, set to -1. A word is "
                                     "generally 2-3 tokens."),
                                   0, -1)},
         {S("temperature"), numberProp(4, S("Temperature"),
                                       S("Adjusts randomness of outputs, greater than 1 is random and 0 is "
                                         "deterministic, 0.75 is a good starting value."),
                                       0.6, 0, 5)},
         {S("top_p"), numberProp(5, S("Top P"),
                                 S("When decoding text, samples from the top p percentage of most likely "
                                   "tokens; lower to ignore less likely tokens"),
                                 0.9, 0, 1)},
         {S("top_k"), intProp(6, S("Top K"),
                              S("When decoding text, samples from the top k most likely tokens; lower to "
                                "ignore less likely tokens"),
                              50, -1)},
         {S("presence_penalty"), numberProp(7, S("Presence Penalty"), S("Presence penalty"), 0.0)},
         {S("frequency_penalty"), numberProp(8, S("Frequency Penalty"), S("Frequency penalty"), 0.0)},
         {S("stop_sequences"),
          stringProp(9, S("Stop Sequences"),
                     S("A comma-separated list of sequences to stop generation at. For example, "
                       "'<end>,<stop>' will stop generation at the first instance of 'end' or '<stop>'."),
                     S("<|end_of_text|>,<|eot_id|>"))},
         {S("prompt_template"),
          stringProp(10, S("Prompt Template"),
                     S("Prompt template. The string `{prompt}` will be substituted for the input prompt."),
                     S("{prompt}"))},
         {S("seed"),
          intProp(11, S("Seed"), S("Random seed. Leave blank to randomize the seed"), QJsonValue())}});
    m.output = {{S("type"), S("array")},
                {S("items"), QJsonObject{{S("type"), S("string")}}},
                {S("title"), S("Output")},
                {S("x-cog-array-type"), S("iterator")},
                {S("x-cog-array-display"), S("concatenate")}};
    return m;
}

SandboxModel alwaysFails()
{
    SandboxModel m;
    m.owner = S("sandbox");
    m.name = S("always-fails");
    m.description = S("A sandbox model that fails on purpose, to try error handling");
    m.kind = SandboxModel::Kind::Fails;
    m.official = true;
    m.input = inputObject(
        {{S("prompt"), stringProp(0, S("Prompt"), S("Anything; the model fails regardless"), S(""))},
         {S("steps_before_failure"), intProp(1, S("Steps Before Failure"),
                                             S("How many progress steps to log before failing"), 3, 0, 20)}});
    m.output = {{S("type"), S("string")}, {S("title"), S("Output")}};
    return m;
}

} // namespace r8::sandbox::builtin
