/**
 * paperSystem on real titles and abstract sentences (seed and arxiv-tune papers, shortened): each row is one rule of
 * extract/core/system.ts, so a failure names the rule that broke.
 */
import { describe, expect, it } from 'vitest';
import { paperSystem } from '../../../extract/core/system.ts';
import { normalize } from '../../../extract/core/normalize.ts';

const system = (title: string, abstract: string) => paperSystem(title, normalize(abstract));

describe('paperSystem', () => {
  it.each([
    // a coined name in apposition after "with"/"via" that the abstract uses again; not a model used once (corpus sentences)
    ['Fast Organic Crystal Structure Prediction with Unit Cell Flow Matching', 'In this paper, we reduce this to seconds with Clari, a large-scale flow matching model that generates unit cells. Clari requires only atom types. We also introduce the CSD Teaching Subset as a new test split.', 'Clari'],
    ['Sparse Lookups for Language Models', 'We add memory via Engram, a module for O(1) lookup. Engram scales to 27B parameters.', 'Engram'],
    ['References Improve LLM Alignment in Non-Verifiable Domains', 'We compare our references with ArmoRM, a strong finetuned reward model. Our method achieves 73.1% on AlpacaEval.', ''],
    // a coined name right after "Our method," or "we propose" beats a part named further on (corpus sentences)
    ['A Speed Odyssey for Deployable Quantization of LLMs', 'Our method, OdysseyLLM, comes with a novel W4A8 kernel implementation called FastGEMM. It brings up to 4x speedup.', 'OdysseyLLM'],
    ['Automated Translation of Software Requirements to LTL', 'In this paper, we propose Req2LTL, a modular framework that bridges NL and LTL through a representation called OnionL. Req2LTL achieves 88.4% semantic accuracy.', 'Req2LTL'],
    // an acronym spelt by a name's leading capitals, after words that describe it, or with capitalised words the
    // articles list ("Scalable"); not a variant of a method, nor a method a name is built on (corpus sentences)
    ['Programming over Thinking: Efficient and Robust Multi-Constraint Planning', 'To address these challenges, we introduce the Scalable COde Planning Engine (SCOPE), a framework that disentangles reasoning from execution. SCOPE achieves 93.1% success.', 'SCOPE'],
    ['When MLLMs Meet Compression Distortion: A Coding Paradigm Tailored to MLLMs', 'Motivated by this discovery, we propose an image Codec TAilored to MLLMs (CoTAM) designed to protect multi-level features. CoTAM saves 35.99% bitrate.', 'CoTAM'],
    ['Federated Few-Shot Learning for Epileptic Seizure Detection Under Privacy Constraints', 'To address these constraints, we propose a two-stage federated few-shot learning (FFSL) framework for personalized seizure detection. FFSL reaches 0.73 balanced accuracy.', 'FFSL'],
    ['Finetune Once: Decoupling General & Domain Learning with Dynamic Boosted Annealing', 'To address these challenges, we propose an efficient and universal solution, Dynamic Boosted Annealing (DBA). DBA improves joint performance by 5.8%.', 'DBA'],
    ['Have it your way: Individualized Privacy Assignment for DP-SGD', 'To demonstrate their practicality, we introduce a variant of Differentially Private Stochastic Gradient Descent (DP-SGD) which supports such budgets. We call our approach Individualized DP-SGD (IDP-SGD).', 'IDP-SGD'],
    // "which we call" with a capitalised name and its acronym; not a finding named so; "the proposed method is dubbed as"
    ['Tree algorithms for set reconciliation', 'We present and analyze a novel set reconciliation scheme that we term enhanced partitioned set reconciliation (EPSR). EPSR halves the traffic.', 'EPSR'],
    ['Chain of Execution Supervision Promotes General Reasoning', 'To address this, we introduce TracePile, a large-scale corpus of 2.6 million samples that turns code execution into rationales, which we call Chain of Execution (CoE). We evaluate TracePile.', 'TracePile'],
    // markup anywhere around a capitalised name; a capitalised name before ": a …"; not a measure after "the"
    ['Faster, Smaller, and Smarter: Task-Aware Expert Merging for Online MoE Inference', 'In this work, we propose a novel tree-structured adaptive neural bandit router, \\texttt{Tanbr}, to enable efficient online MoE inference. Tanbr cuts latency by 45%.', 'Tanbr'],
    ['Compiling to linear neurons', 'To address this, we introduce $\\textsf{Cajal}$: a typed, higher-order and linear programming language. Cajal compiles to neurons.', 'Cajal'],
    ['An Information-Theoretic Analysis for Federated Learning under Concept Drift', 'We model concept drift as a Markov chain and introduce the \\emph{Stationary Generalization Error} to assess a model.', ''],
    ['Curve Your Enthusiasm: Concurvity Regularization', 'We propose a remedy: a conceptually simple regulariser.', ''],
    ['Likelihood hacking in probabilistic program synthesis', 'We call this failure likelihood hacking (LH). We formalise LH in a core language.', ''],
    ['Detecting Any Human-Object Interaction Relationship', 'The proposed method is dubbed as UniHOI. We also propose a method for high-level relation extraction aimed at VL foundation models, which we call HO prompt-based learning.', 'UniHOI'],
    ['Gaussian Differential Privacy on Riemannian Manifolds', 'We provide a simple algorithm and introduce a versatile Markov Chain Monte Carlo (MCMC)-based algorithm to calculate the budget.', ''],
    ['Rapid yet accurate Tile-circuit and device modeling for Analog In-Memory Computing', 'We quantify the impact of noise, and develop a mathematical model for Multiply-ACcumulate (MAC) operations mapped to analog tiles.', ''],
    // a slogan before the colon is no name; "abbreviated X" names it (corpus sentences)
    ['Trust Your $\\nabla$: Gradient-based Intervention Targeting for Causal Discovery', 'We propose a novel Gradient-based Intervention Targeting method, abbreviated GIT, that trusts the gradient estimator. Trust Your $\\nabla$ is our motto.', 'GIT'],
    // a title-case name ending in a kind, in apposition, that the title opens with; the title's whole phrase, written
    // in lower case, with its acronym (corpus sentences)
    ['Dual-domain Adaptation Networks for Realistic Image Super-resolution', 'In this paper, we introduce a novel approach, Dual-domain Adaptation Networks, which is able to efficiently adapt pre-trained image SR models.', 'Dual-domain Adaptation Networks'],
    ['Randomized Automatic Differentiation', 'We develop a general framework and approach for randomized automatic differentiation (RAD), which can allow unbiased gradient estimates.', 'RAD'],
    ['Randomized Automatic Differentiation for Deep Nets', 'We study randomized automatic differentiation (RAD) for training.', ''],
    // a coined name right before its kind, new here and used again; not one written before ("a PbRL algorithm" after
    // "(PbRL)"), not once only, not an acronym (corpus sentences and our own)
    ['Pixel to Gaussian: Ultra-Fast Continuous Super-Resolution with 2D Gaussian Modeling', 'To address these challenges, we propose a novel ContinuousSR framework with a Pixel-to-Gaussian paradigm. ContinuousSR is 19.5x faster.', 'ContinuousSR'],
    ['Direct Preference-based Policy Optimization without Reward Modeling', 'Preference-based reinforcement learning (PbRL) learns from preferences. Instead, we propose a PbRL algorithm that learns without reward modeling. It outperforms the existing PbRL methods.', ''],
    ['Fast Retrieval', 'We propose a novel FastRet retriever for long documents, cutting latency by 40%.', ''],
    ['Multi-Task Diffusion', 'We propose an MTL framework for diffusion models. The MTL framework halves training time.', ''],
    ['When LLMs Learn to be Students: The SOEI Framework for Modeling and Evaluating Virtual Student Agents', 'We propose the SOEI framework for building student agents. SOEI agents match real students in 80% of cases.', 'SOEI'],
    // markup around the name after the article or a naming word, math around the markup, '&' inside a name (corpus
    // sentences); not a measure introduced as "the \\emph{…}", not what is left of a name that was all math
    ['Restart Sampling for Improving Generative Processes', 'Based on these findings, we propose a novel sampling algorithm called \\textit{Restart} in order to better balance discretization errors and contraction.', 'Restart'],
    ['Block-based Symmetric Pruning and Fusion for Efficient Vision Transformers', 'To address this limitation, we introduce a novel {\\bf Block-based Symmetric Pruning and Fusion} for efficient ViT (BSPF-ViT) that optimizes the pruning of Q/K tokens jointly.', 'BSPF-ViT'],
    ['Neural-Schwarz Tiling for Geometry-Universal PDE Solving at Scale', 'We introduce $\\textbf{NEST}$, a neural tiling method. NEST solves 3x larger problems.', 'NEST'],
    ['Prune&Comp: Free Lunch for Layer-Pruned LLMs via Iterative Pruning with Magnitude Compensation', 'To address this issue, we propose Prune&Comp, a novel plug-and-play layer pruning scheme.', 'Prune&Comp'],
    ['An Information-Theoretic Analysis for Federated Learning under Concept Drift', "We introduce the \\emph{Stationary Generalization Error} to assess a model's capability to capture future data.", ''],
    ['Provable Unlearning with Gradient Ascent', 'We propose a new success criterion, termed \\textbf{$(\\epsilon, \\delta, \\tau)$-successful} unlearning.', ''],
    // a name in quotes after its description (corpus sentence)
    ['Accelerating Monte-Carlo Tree Search with Optimized Posterior Policies', 'We introduce a recursive AlphaZero-style Monte--Carlo tree search algorithm, "RMCTS". RMCTS is 40 times faster than MCTS-UCB.', 'RMCTS'],
    ['Faster Search', 'We present a pruned beam search, "PBS". PBS halves decoding time.', 'PBS'],
    // a name in Markdown bold; "over" inside a described name (corpus sentences)
    ['Natural Language Query to Configuration for Retrieval Agents', 'We propose **BRANE**, which uses an LLM to convert each query into workload-specific characteristics. BRANE cuts cost by 40%.', 'BRANE'],
    ['Insight Sharing for Multi-Agent Reasoning', 'We propose a federated learning-like framework, Federation over Text (FoT), that enables agents to share insights.', 'FoT'],
    ['Sharing Insights Between Agents', 'We propose a learning framework, Attention over Memory (AoM), that shares insights.', 'AoM'],
    // title prefix the abstract uses
    ['S-LoRA: Serving Thousands of Concurrent LoRA Adapters', 'We present S-LoRA, a system designed for the scalable serving of many LoRA adapters.', 'S-LoRA'],
    ['S$^{2}$FT: Efficient, Scalable and Generalizable LLM Fine-tuning', 'We propose S$^{2}$FT, a family of methods.', 'S$^{2}$FT'],
    ['Board Game Arena: A Framework and Benchmark', 'The Board Game Arena library provides a framework for evaluating LLMs.', 'Board Game Arena'],
    ['Reduced Matrix Multiplication: Input-Adaptive Matrix-Product Reduction', 'We introduce Reduced Matrix Multiplication (RMM), a training-free method.', 'RMM'],
    // A coined hyphenated name keeps its own spelling over the acronym given it.
    ['DisQ-HNet: A Disentangled Quantized Half-UNet', 'We introduce DisQ-HNet (DQH), a framework that synthesizes tau-PET.', 'DisQ-HNet'],
    ['Nemotron 3 Nano: Open, Efficient Mixture-of-Experts', 'We present Nemotron 3 Nano 30B-A3B, a Mixture-of-Experts hybrid model.', 'Nemotron 3 Nano'],
    ['The Self-Execution Benchmark: Measuring LLMs', 'We introduce the Self-Execution Benchmark, which measures a model’s ability.', 'Self-Execution Benchmark'],
    ['Mixture of Universal Experts: Scaling Virtual Width via Depth-Width Transformation', 'To overcome this, we propose Mixture of Universal Experts (MOUE),a MoE generalization introducing a novel scaling dimension: Virtual Width.', 'MOUE'],
    ['Efficient MAP Estimation of LLM Judgment Performance with Prior Transfer', 'In this paper, we present a principled maximum a posteriori (MAP) framework for an economical and precise estimation. Finally, we present BetaConform, a framework that integrates our distribution.', 'BetaConform'],
    // right after the whole prefix, its acronym even when it skips words; not an acronym past a clause (corpus sentences)
    ['Training-Free Loosely Speculative Decoding: Accepting Semantically Correct Drafts Beyond Exact Match', 'To this end, we propose Training-Free Loosely Speculative Decoding (FLy), a novel method that loosens the rigid verification criterion.', 'FLy'],
    ['Deontic Knowledge Graphs for Privacy Compliance in Multimodal Disaster Data Sharing', 'We present a novel deontic knowledge graph-based framework that integrates a Disaster Management Knowledge Graph (DKG) with a Policy Knowledge Graph (PKG) derived from IoT-Reg and FEMA/DHS privacy drivers.', ''],
    // a camel-case word gives its capitals; a known method used is not the paper's; a one-word prefix keeps its name (corpus sentences)
    ['Counterfactual Debating with Preset Stances for Hallucination Elimination of LLMs', 'To this end, we propose a CounterFactual Multi-Agent Debate (CFMAD) framework.', 'CFMAD'],
    ['An Explainable Equity-Aware P2P Energy Trading Framework for Socio-Economically Diverse Microgrid', 'We introduce a Proximal Policy Optimization (PPO) agent that dynamically adjusts socio-economic weights in the optimization objective.', ''],
    ['PhonemeFake: Redefining Deepfake Realism with Language-Driven Segmental Manipulation', 'We introduce PhonemeFake (PF), a DF attack that manipulates critical speech segments using language reasoning.', 'PhonemeFake'],
    // A size after the name names one model of the system.
    ['Eddy-VL 1.9B: Structural Pruning for Edge Models', 'We present Eddy-VL 1.9B, a compact model; Eddy-VL runs on phones.', 'Eddy-VL'],
    // the title prefix spelled otherwise in the abstract: the abstract's name, unless it is the same word
    ['KeDiff: Key Similarity-Based KV Cache Eviction', 'We explore this phenomenon and propose KeyDiff, a training-free KV cache eviction method.', 'KeyDiff'],
    ['Mélange: Cost Efficient Large Language Model Serving', 'We propose M\\\'elange, a GPU allocation framework.', 'Mélange'],
    ['Mélange: Cost Efficient Large Language Model Serving', 'A major challenge in deploying LLMs is their high cost.', 'Mélange'],
    // A coined one-word title name beats a part the abstract introduces; a coined name there is the system (corpus sentences).
    ['SplatMAP: Online Dense Monocular SLAM with 3D Gaussian Splatting', 'We propose a framework integrating dense SLAM with 3DGS for real-time, high-fidelity dense reconstruction.', 'SplatMAP'],
    ['Once-for-All: Scalable Simultaneous Forecasting via Equilibrium State Estimation', 'We introduce Equilibrium State Estimation (ESE), a novel paradigm for simultaneous prediction, where multiple interacting systems require separate yet coordinated forecasts.', 'Once-for-All'],
    ['AI4Contracts: LLM & RAG-Powered Encoding of Financial Derivative Contracts', 'We introduce CDMizer, a template-driven, LLM, and RAG-based framework for structured text transformation.', 'CDMizer'],
    // names the abstract introduces
    ['Utility-Driven Speculative Decoding for Mixture-of-Experts', 'We present Cascade, a utility-driven framework that selectively enables speculation.', 'Cascade'],
    ['nncase: An End-to-End Compiler', 'We present nncase, an open-source, end-to-end compilation framework.', 'nncase'],
    ['Large Batch Optimization for Deep Learning: Training BERT in 76 minutes', 'Using this strategy, we develop a new layerwise adaptive large batch optimization technique called LAMB; we then provide convergence analysis.', 'LAMB'],
    ['Rethinking Large-scale Dataset Compression', 'we propose a new framework for dataset compression, termed Prune, Combine, and Augment (PCA), which focuses on image data.', 'PCA'],
    ['How Well Do Multi-modal LLMs Interpret CT Scans?', 'This study aims to bridge this gap by introducing a novel evaluation framework, named ``GPTRadScore\'\'. This framework assesses models.', 'GPTRadScore'],
    ['Concurrent Adversarial Learning for Large-Batch Training', 'we propose a novel Concurrent Adversarial Learning (ConAdv) method that decouples the computations.', 'ConAdv'],
    ['Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood', 'we propose cooperative diffusion recovery likelihood (CDRL), an effective approach.', 'CDRL'],
    ['DOPO: A Dynamic PD-Disaggregation Architecture', 'we propose DOPD (Dynamic Optimal Prefill/Decoding), a dynamic LLM inference system.', 'DOPD'],
    // "i.e." and "namely" open lists and explanations; "termed as" names (corpus sentences)
    ["What Did I Do Wrong? Quantifying LLMs' Sensitivity and Consistency to Prompt Engineering", 'We therefore introduce two metrics for classification tasks, namely sensitivity and consistency, which are complementary to task performance.', ''],
    ['Online Continual Learning via Spiking Neural Networks with Sleep Enhanced Latent Replay', 'To tackle these issues, this paper proposes a novel online continual learning approach termed as SESLR, which incorporates a sleep enhanced latent replay scheme.', 'SESLR'],
    // corpus sentences: a long expansion, a dash, "entitled", "simple yet effective", a name in bold
    ['Scaling Storm-Resolving Atmospheric AI Simulation to the Entire Planet', 'We introduce STRATA (Storm-resolving Tile-based autoRegressive Atmosphere Transformer Architecture), the first autoregressive AI emulator for global storm-resolving atmospheric dynamics.', 'STRATA'],
    ['The K-SCAN Clustering Algorithm', 'This paper presents K-SCAN -- a novel hybrid algorithm that optimizes this trade-off.', 'K-SCAN'],
    ['Missing Pattern Tree based Decision Grouping and Ensemble for Deep Incomplete Multi-View Clustering', 'To address this, we propose a novel missing-pattern tree based IMVC framework entitled TreeEIC.', 'TreeEIC'],
    ['Learning Re-sampling Methods with Parameter Attribution for Image Super-resolution', 'In this paper, we propose a simple yet effective Bi-Sampling Parameter Attribution (BSPA) method for accurate image SR.', 'BSPA'],
    ['Higher-Order Token Interactions via Quantum Attention', 'We introduce \\textbf{Quantum Higher-Order Attention (QHA)}, a shallow, hardware-realizable quantum attention head.', 'QHA'],
    // the name after its description (corpus sentences); not past "and … with", not a participle
    ['Tissue Classification and Whole-Slide Images Analysis via Modeling of the Tumor Microenvironment and Biological Pathways', 'To address this limitation, we propose a multimodal network, BioMorphNet, which automatically integrates tissue morphological features and spatial gene expression.', 'BioMorphNet'],
    ['Layerwise Federated Learning for Heterogeneous Quantum Clients using Quorus', 'We propose a novel solution to this QFL problem, Quorus, that utilizes a layerwise loss function for effective training of varying-depth quantum models.', 'Quorus'],
    ['Improving Noise Robustness of LLM-based Zero-shot TTS via Discrete Acoustic Token Denoising', 'In this paper, we propose a novel neural codec-based speech denoiser and integrate it with the advanced LLM-based TTS model, LauraTTS, to achieve noise-robust zero-shot TTS.', ''],
    // one name among plain words: next to its kind or ending the phrase, not a term the method uses (corpus sentences)
    ['Mitigating the Popularity Bias of Graph Collaborative Filtering', 'As typical approaches fail to prevent the embedding space degradation, we propose a decorrelation-enhanced GCF objective that promotes feature diversity.', ''],
    ['Dream the Impossible: Outlier Imagination with Diffusion Models', 'To tackle the problem, this paper proposes a new framework Dream-OOD, which enables imagining photo-realistic outliers by way of diffusion models.', 'Dream-OOD'],
    ['SyntheticFur dataset for neural rendering', 'We introduce a new dataset called SyntheticFur built specifically for machine learning training.', 'SyntheticFur'],
    ['An Optimal Structured Zeroth-order Algorithm for Non-smooth Optimization', 'To close this gap, we introduce and analyze O-ZD, the first structured finite-difference algorithm for non-smooth black-box optimization.', 'O-ZD'],
    ['Separable Physics-Informed Neural Networks', 'we propose a network architecture for PINNs. The proposed method, separable PINN (SPINN), operates on a per-axis basis.', 'SPINN'],
    ['PrivateLoRA For Efficient Privacy Preserving LLM', 'Our core innovation, PrivateLoRA, addresses the communication overhead.', 'PrivateLoRA'],
    ['In defense of parameter sharing for model-compression', 'We refer to the modified RPS, which incorporates our improvements, as STABLE-RPS.', 'STABLE-RPS'],
    ['Don\'t Play Favorites: Minority Guidance for Diffusion Models', 'we further develop minority guidance, a sampling technique that can guide generation.', 'minority guidance'],
    ['Stabilizing Federated Learning under Extreme Heterogeneity', 'we propose a theoretical HeteRo-Select framework designed to stabilize training.', 'HeteRo-Select'],
    // Of several introduced names, the one the results are stated for.
    ['Optimizing Long-context LLM Serving via Fine-grained Sequence Parallelism', 'We propose Chunkwise Dynamic Sequence Parallelism (CDSP), a strategy. Based on CDSP, we build Tetris, an LLM serving system. Tetris achieves up to 4.35x lower TTFT.', 'Tetris'],
    ['Serving Large Language Models on Huawei CloudMatrix384', 'This paper introduces Huawei CloudMatrix, a datacenter architecture. We propose CloudMatrix-Infer, an LLM serving solution. CloudMatrix-Infer achieves a prefill throughput of 6,688 tokens/s.', 'CloudMatrix-Infer'],
    // A name ending in a kind ("Compiler") is the paper's own when the title writes it so.
    ['An LLM-Tool Compiler for Fused Parallel Function Calling', 'To fuse tool operations, we propose LLM-Tool Compiler, which selectively fuses similar types of tool operations.', 'LLM-Tool Compiler'],
    ['An AI-Driven Framework for Energy-Efficient Monitoring', 'We propose an AI-driven framework, which adapts sampling to the scene.', ''],
    // a name ending the title
    ['Taming Throughput-Latency Tradeoff in LLM Inference with Sarathi-Serve', 'Sarathi-Serve introduces chunked-prefills.', 'Sarathi-Serve'],
    // the acronym the abstract gives the phrase the title opens with; not a field's acronym (corpus sentences)
    ['Tree Matching Networks for Natural Language Inference: Parameter-Efficient Semantic Understanding via Dependency Parse Trees', 'To investigate this, we adapt Graph Matching Networks (GMN) to operate on dependency parse trees, creating Tree Matching Networks (TMN).', 'TMN'],
    ['Test-Time Speculation', 'To address this issue, we propose $\\textit{Test-Time Speculation (TTS)}$, an online distillation approach that continuously adapts the speculator at test-time.', 'TTS'],
    ['Federated Learning for Early Prediction of EV Charging Demand', 'We focus on a single operational depot, Caltech, and evaluate multiple model families in a federated learning (FL) setting.', ''],
    // no name: generic phrases, kinds of paper, plural acronyms, a description ending in its kind
    ['Transductive Few-Shot Learning: Clustering is All You Need?', 'We investigate a general formulation for clustering and transductive few-shot learning.', ''],
    ['Position: Scaling Is Not Enough', 'We argue that scaling alone is not enough.', ''],
    // a title clause is not a name: a gerund opening it, a plain lower-case word in it (corpus sentences)
    ['Accelerating HEC-RAS: A Recurrent Neural Operator for Rapid River Forecasting', 'Physics-based solvers like HEC-RAS provide high-fidelity river forecasts but are too computationally intensive for on-the-fly decision-making during flood events.', ''],
    ['AdS/Deep-Learning made easy II: neural network-based approaches to holography and inverse problems', 'We apply physics-informed machine learning (PIML) to solve inverse problems in holography and classical mechanics.', ''],
    ['SoK: Challenges in Tabular Membership Inference Attacks', 'In this paper, first, we provide an extensive review and analysis of MIAs considering two main learning paradigms.', ''],
    ["Who's a Good Boy? Reinforcing Canine Behavior using Machine Learning in Real-Time", 'We study dogs in real-time settings.', ''],
    ['CryptoFormalEval: Integrating LLMs', 'In this paper, we introduce a benchmark to assess the ability of Large Language Models (LLMs) to find flaws.', 'CryptoFormalEval'],
    ['A Distributed Emulation Environment for In-Memory Computing Systems', 'We present a novel emulation architecture, which supports studies.', ''],
    ['Harnessing the power of LLMs for normative reasoning in MASs', 'We propose LLMs as reasoners.', ''],
    // A one-word name the systems vocabulary calls generic is a description (corpus sentences); an English word in capitals is not.
    ['One-Step Flow Matching for Generative Modeling of Path-Dependent Physical Fields', 'In this work, we propose a novel flow matching (FM) model based on a transformer backbone for high-resolution path-dependent stress field generation.', ''],
    ['An LLM-Enhanced Adversarial Editing System for Lexical Simplification', 'In this paper, we propose a novel LS method without parallel corpora. Meanwhile, we introduce an innovative LLM-enhanced loss to enable the distillation of knowledge.', ''],
    ['Prioritizing Image-Related Tokens Enhances Vision-Language Pre-Training', 'We present PRIOR, a simple vision-language pre-training approach that addresses this issue by prioritizing image-related tokens.', 'PRIOR'],
  ])('%s', (title, abstract, expected) => {
    expect(system(title, abstract)).toBe(expected);
  });
});
