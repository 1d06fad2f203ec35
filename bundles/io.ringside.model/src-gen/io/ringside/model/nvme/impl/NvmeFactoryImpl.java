/**
 */
package io.ringside.model.nvme.impl;

import io.ringside.model.nvme.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NvmeFactoryImpl extends EFactoryImpl implements NvmeFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static NvmeFactory init() {
		try {
			NvmeFactory theNvmeFactory = (NvmeFactory)EPackage.Registry.INSTANCE.getEFactory(NvmePackage.eNS_URI);
			if (theNvmeFactory != null) {
				return theNvmeFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new NvmeFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NvmeFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case NvmePackage.CONTROLLER: return createController();
			case NvmePackage.QUEUE_PAIR: return createQueuePair();
			case NvmePackage.SUBMISSION_QUEUE: return createSubmissionQueue();
			case NvmePackage.COMPLETION_QUEUE: return createCompletionQueue();
			case NvmePackage.SUBMISSION_ENTRY: return createSubmissionEntry();
			case NvmePackage.COMPLETION_ENTRY: return createCompletionEntry();
			case NvmePackage.DOORBELL_REGISTER: return createDoorbellRegister();
			case NvmePackage.BUFFER_VALUE: return createBufferValue();
			case NvmePackage.SHADOW_DOORBELL_BUFFER: return createShadowDoorbellBuffer();
			case NvmePackage.EVENT_IDX_BUFFER: return createEventIdxBuffer();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case NvmePackage.SLOT_STATE:
				return createSlotStateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case NvmePackage.SLOT_STATE:
				return convertSlotStateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Controller createController() {
		ControllerImpl controller = new ControllerImpl();
		return controller;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QueuePair createQueuePair() {
		QueuePairImpl queuePair = new QueuePairImpl();
		return queuePair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubmissionQueue createSubmissionQueue() {
		SubmissionQueueImpl submissionQueue = new SubmissionQueueImpl();
		return submissionQueue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompletionQueue createCompletionQueue() {
		CompletionQueueImpl completionQueue = new CompletionQueueImpl();
		return completionQueue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubmissionEntry createSubmissionEntry() {
		SubmissionEntryImpl submissionEntry = new SubmissionEntryImpl();
		return submissionEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompletionEntry createCompletionEntry() {
		CompletionEntryImpl completionEntry = new CompletionEntryImpl();
		return completionEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DoorbellRegister createDoorbellRegister() {
		DoorbellRegisterImpl doorbellRegister = new DoorbellRegisterImpl();
		return doorbellRegister;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BufferValue createBufferValue() {
		BufferValueImpl bufferValue = new BufferValueImpl();
		return bufferValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShadowDoorbellBuffer createShadowDoorbellBuffer() {
		ShadowDoorbellBufferImpl shadowDoorbellBuffer = new ShadowDoorbellBufferImpl();
		return shadowDoorbellBuffer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventIdxBuffer createEventIdxBuffer() {
		EventIdxBufferImpl eventIdxBuffer = new EventIdxBufferImpl();
		return eventIdxBuffer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SlotState createSlotStateFromString(EDataType eDataType, String initialValue) {
		SlotState result = SlotState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSlotStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NvmePackage getNvmePackage() {
		return (NvmePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static NvmePackage getPackage() {
		return NvmePackage.eINSTANCE;
	}

} //NvmeFactoryImpl
